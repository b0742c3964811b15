// The "Resistance Check" block in the editor: a live preview (the server's markup, which the
// loader turns into the real widget), and in the sidebar how it appears (on the page, or a
// button that opens it in a dialog, with the button's text) and an override of every
// setting, built from the plugin's attribute list. Empty means "use Settings → Resistance Check".
( function ( wp, data ) {
	const { createElement: el, Fragment } = wp.element;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, TextControl, SelectControl } = wp.components;
	const { __, sprintf } = wp.i18n;
	const ServerSideRender = wp.serverSideRender;

	const CHOICES = {
		flag: [ [ 'true', __( 'On', 'resistance-check' ) ], [ 'false', __( 'Off', 'resistance-check' ) ] ],
		lang: [ [ 'auto', __( "The visitor's browser language", 'resistance-check' ) ], [ 'en', 'English' ], [ 'es', 'Español' ] ],
		paths: [ [ 'quick detailed', __( 'Quick check and detailed history', 'resistance-check' ) ], [ 'quick', __( 'Quick check only', 'resistance-check' ) ], [ 'detailed', __( 'Detailed history only', 'resistance-check' ) ] ],
		'off-switch': [ [ 'on', __( 'On', 'resistance-check' ) ], [ 'off', __( 'Off', 'resistance-check' ) ] ],
	};

	/** What the setting says, for the control's hint. */
	function saved( field ) {
		const value = data.settings[ field.name ] ?? '';
		if ( field.kind === 'flag' ) return value === '1' ? __( 'on', 'resistance-check' ) : __( 'off', 'resistance-check' );
		return value === '' ? __( '(not set)', 'resistance-check' ) : value;
	}

	function control( field, attributes, setAttributes ) {
		const common = {
			key: field.name,
			label: field.label,
			value: attributes[ field.name ] ?? '',
			onChange: ( value ) => setAttributes( { [ field.name ]: value } ),
			/* translators: %s: the value in the plugin's settings. */
			help: sprintf( __( 'Empty: the setting (%s).', 'resistance-check' ), saved( field ) ) + ( field.help ? ' ' + field.help : '' ),
		};
		const choices = CHOICES[ field.kind ] ?? ( field.choices && Object.entries( field.choices ) );
		if ( choices ) {
			const options = [ [ '', __( 'Use the setting', 'resistance-check' ) ], ...choices ];
			return el( SelectControl, { ...common, options: options.map( ( [ value, label ] ) => ( { value, label } ) ) } );
		}
		return el( TextControl, common );
	}

	/** On the page, or a button or link that opens it; the opener's text when there is one. */
	function appearance( attributes, setAttributes ) {
		const modes = [
			[ '', __( 'On the page', 'resistance-check' ) ],
			[ 'button', __( 'A button that opens it', 'resistance-check' ) ],
			[ 'link', __( 'A link that opens it', 'resistance-check' ) ],
		];
		return el(
			PanelBody,
			{ title: __( 'How it appears', 'resistance-check' ) },
			el( SelectControl, {
				label: __( 'Appears as', 'resistance-check' ),
				value: attributes.mode ?? '',
				options: modes.map( ( [ value, label ] ) => ( { value, label } ) ),
				onChange: ( mode ) => setAttributes( { mode } ),
				help: __( 'A button or link opens the check in a pop-up window, only when a visitor presses it.', 'resistance-check' ),
			} ),
			attributes.mode
				? el( TextControl, {
						label: __( 'Button text', 'resistance-check' ),
						value: attributes.text ?? '',
						placeholder: data.openerText,
						onChange: ( text ) => setAttributes( { text } ),
						/* translators: %s: the default text of the button. */
						help: sprintf( __( 'Empty: "%s".', 'resistance-check' ), data.openerText ),
				  } )
				: null
		);
	}

	wp.blocks.registerBlockType( 'resistance-check/widget', {
		edit( { attributes, setAttributes } ) {
			return el(
				Fragment,
				null,
				el(
					InspectorControls,
					null,
					appearance( attributes, setAttributes ),
					el(
						PanelBody,
						{ title: __( 'This block only', 'resistance-check' ) },
						el( 'p', null, el( 'a', { href: data.settingsUrl }, __( 'Edit the defaults in Settings → Resistance Check', 'resistance-check' ) ) ),
						data.fields.map( ( field ) => control( field, attributes, setAttributes ) )
					)
				),
				el( 'div', useBlockProps(), el( ServerSideRender, { block: 'resistance-check/widget', attributes } ) )
			);
		},
		save: () => null,
	} );
} )( window.wp, window.resistanceCheckEditor );
