"""p1126-5: Party newspaper (Báo Quảng Ngãi), illegal gas decanting; a facility in xã Bình Trung, huyện Bình Sơn."""
from lib import fig, opt, per, inh, chg, tgt, build

TEXT = """Ngăn chặn tình trạng sang chiết gas trái phép

Thời gian gần đây, tình trạng sang chiết, kinh doanh chai LPG không rõ nguồn gốc trên địa bàn tỉnh Quảng Ngãi có chiều hướng gia tăng. Từ đầu năm đến nay, lực lượng Quản lý thị trường tỉnh đã phát hiện 21 vụ sang chiết trái phép, tăng 7 vụ so với cùng kỳ năm trước, tạm giữ hơn 3.100 chai gas các loại.

Đáng chú ý, ngày 14/8, Đội Quản lý thị trường số 3 phối hợp Công an huyện Bình Sơn kiểm tra một cơ sở tại xã Bình Trung, huyện Bình Sơn. Tại đây, cơ sở đang dùng 2 giàn máy bơm để sang chiết gas từ chai 45 kg sang chai 12 kg mang nhãn hiệu của các doanh nghiệp khác. Lực lượng chức năng tạm giữ 865 chai gas, trong đó 612 chai đã chiết nạp và 253 vỏ chai chưa nạp, cùng khoảng 1,2 tấn LPG. Mỗi ngày, cơ sở này sang chiết từ 80 đến 100 chai, bán ra với giá thấp hơn khoảng 60.000 đồng/chai so với giá niêm yết.

Theo ông Trần Minh Tuấn, Phó Cục trưởng Cục Quản lý thị trường tỉnh Quảng Ngãi, gas sang chiết thủ công thường không đủ trọng lượng, có chai chỉ đạt 10,5-11 kg so với 12 kg ghi trên nhãn; van và vỏ chai không được kiểm định nên nguy cơ cháy nổ rất cao.

Toàn tỉnh hiện có 640 cửa hàng kinh doanh LPG chai, trong đó mới có 418 cửa hàng được cấp giấy chứng nhận đủ điều kiện, đạt 65,3%. Thời gian tới, Cục dự kiến thành lập 4 tổ công tác chuyên đề, phấn đấu đến cuối năm 2024 kiểm tra toàn bộ 222 cửa hàng chưa được cấp giấy chứng nhận; đồng thời đề nghị người dân chỉ mua gas tại các cửa hàng có niêm yết giá, chai có tem kiểm định, nhãn mác rõ ràng.

MINH HẢI
26/8/2024
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-26")
D148 = per("ngày 14/8", "2024-08-14", "2024-08-14", inherited=True)
END24 = per("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    fig("phát hiện 21 vụ", "21", 21, "count", "vụ", change=chg("increase", 7, "vụ", "cùng kỳ năm trước"),
        subject="vụ sang chiết trái phép bị phát hiện", period=YTD),
    fig("hơn 3.100 chai", "3.100", 3100, "count", "chai gas", approx="over",
        subject="chai gas các loại bị tạm giữ", period=YTD),
    opt("kiểm tra một cơ sở", "một", 1, "count", "cơ sở", "cơ sở được kiểm tra", location="Bình Sơn"),
    fig("dùng 2 giàn", "2", 2, "count", "giàn máy bơm", subject="giàn máy bơm dùng để sang chiết gas",
        location="Bình Sơn"),
    opt("chai 45 kg", "45", 45, "measure", "kg", "loại chai gas", location="Bình Sơn"),
    opt("sang chai 12 kg", "12", 12, "measure", "kg", "loại chai gas", location="Bình Sơn"),
    fig("giữ 865 chai", "865", 865, "count", "chai gas", subject="chai gas bị tạm giữ tại cơ sở", period=D148, location="Bình Sơn"),
    fig("612 chai", "612", 612, "count", "chai", total=865, subject="chai gas đã chiết nạp bị tạm giữ",
        period=D148, location="Bình Sơn"),
    fig("253 vỏ chai", "253", 253, "count", "vỏ chai", total=865, subject="vỏ chai chưa nạp bị tạm giữ",
        period=D148, location="Bình Sơn"),
    fig("khoảng 1,2 tấn", "1,2", 1.2, "measure", "tấn", approx="about", subject="LPG bị tạm giữ", period=D148, location="Bình Sơn"),
    fig("từ 80 đến 100 chai", "80", 80, "measure", "chai/ngày", value_max=100,
        subject="chai gas cơ sở sang chiết mỗi ngày", location="Bình Sơn"),
    fig("khoảng 60.000", "60.000", 60000, "money", "đồng/chai", approx="about",
        subject="mức giá bán thấp hơn giá niêm yết", location="Bình Sơn"),
    fig("10,5-11 kg", "10,5", 10.5, "measure", "kg", value_max=11,
        subject="trọng lượng gas trong chai sang chiết thủ công"),
    opt("so với 12 kg", "12", 12, "measure", "kg", "trọng lượng ghi trên nhãn"),
    fig("có 640 cửa hàng", "640", 640, "count", "cửa hàng", subject="cửa hàng kinh doanh LPG chai"),
    fig("có 418 cửa hàng", "418", 418, "count", "cửa hàng", total=640, percent=65.3,
        subject="cửa hàng được cấp giấy chứng nhận đủ điều kiện"),
    fig("thành lập 4 tổ", "4", 4, "count", "tổ công tác", status="forecast",
        subject="tổ công tác chuyên đề dự kiến thành lập"),
    fig("toàn bộ 222 cửa hàng", "222", 222, "count", "cửa hàng", status="target",
        subject="cửa hàng chưa được cấp giấy chứng nhận được kiểm tra", period=END24),
]

NOTES = [
    "Party newspaper (Báo Quảng Ngãi): illegal decanting of LPG. Byline 'MINH HẢI' and bare date '26/8/2024' at the end.",
    "Distractors: 'ngày 14/8' (date), 'Đội Quản lý thị trường số 3' (a name), bare date at the end.",
    "The facility passage is placed in xã Bình Trung, huyện Bình Sơn: its figures get location Bình Sơn over three sentences.",
    "'612 chai ... và 253 vỏ chai' after 'trong đó' add up to 865: total 865. '418 cửa hàng' after 'trong đó' has total 640 and share 65,3%.",
    "'Mỗi ngày ... từ 80 đến 100 chai' is a per-day rate: measure, unit chai/ngày. 'thấp hơn khoảng 60.000 đồng/chai so với giá niêm yết' has no base figure: the gap is the figure.",
    "'một cơ sở', '45 kg', '12 kg' (cylinder types and the label weight) are optional. '4 tổ' under 'dự kiến' is forecast; '222 cửa hàng' under 'phấn đấu' is target.",
]

if __name__ == "__main__":
    build("p1126-5", TEXT, NOTES, FIGS, published="2024-08-26", location="Quảng Ngãi")
