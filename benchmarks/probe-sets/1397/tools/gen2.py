"""p1397-2: district portal (UBND huyện Thuận Nam): counting, compensation payments, Phước Dinh resettlement area."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN HUYỆN THUẬN NAM
CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Công khai ngân sách | Liên hệ

Thuận Nam chi trả hơn 128 tỷ đồng bồi thường đợt 1 dự án điện hạt nhân Ninh Thuận 1

Ngày đăng: 22/04/2025

Từ đầu năm đến nay, Hội đồng bồi thường, hỗ trợ và tái định cư huyện đã hoàn thành kiểm đếm 768/812 hộ phải di dời tại xã Phước Dinh, đạt 94,6%; phê duyệt phương án bồi thường cho 405 hộ với tổng số tiền hơn 312 tỷ đồng. Trong số 405 hộ này, có 37 hộ nghèo và cận nghèo.

Ngày 18/4, huyện tổ chức chi trả đợt 1 cho 173 hộ ở thôn Sơn Hải 1 và Sơn Hải 2 với số tiền 128,6 tỷ đồng; bình quân mỗi hộ nhận khoảng 743 triệu đồng, hộ nhận cao nhất gần 6,2 tỷ đồng. Ngoài tiền bồi thường, người dân được hỗ trợ 30 kg gạo/nhân khẩu/tháng trong thời gian ổn định đời sống; hộ có đất nông nghiệp bị thu hồi được hỗ trợ chuyển đổi nghề bằng 5 lần giá đất nông nghiệp cùng loại.

Khu tái định cư Phước Dinh rộng 68 ha, cách nhà máy khoảng 7 km, có tổng vốn đầu tư 615 tỷ đồng. Đến nay, nhà thầu là Công ty cổ phần Xây dựng Hải Nam Phát đã hoàn thành 55% khối lượng san nền; dự kiến bàn giao đất ở cho người dân từ tháng 9/2025.

Ông Châu Văn Dũng, Chủ tịch UBND huyện, cho biết khoảng ba chục hộ nuôi tôm tại thôn Từ Thiện đề nghị được bố trí đất sản xuất gần biển. Huyện phấn đấu chi trả cho 100% số hộ đủ điều kiện trước ngày 30/6/2025.

Tin khác:
- Thuận Nam ra quân Chiến dịch Thanh niên tình nguyện hè 2025
- Lịch tiếp công dân tháng 5/2025

Địa chỉ: Khu hành chính huyện, thị trấn Phước Nam, huyện Thuận Nam, tỉnh Ninh Thuận
Điện thoại: 0259.3860.215 | Lượt truy cập: 412.905
"""

YTD = per("Từ đầu năm đến nay", "2025-01-01", "2025-04-22")
BY = per("trước ngày 30/6/2025", None, "2025-06-30")

FIGS = [
    fig("hơn 128 tỷ", "128", 128e9, "money", "đồng", approx="over",
        subject="tiền bồi thường đợt 1 dự án điện hạt nhân Ninh Thuận 1 chi trả"),
    fig("768/812", "768", 768, "count", "hộ", total=812, percent=94.6,
        subject="hộ phải di dời hoàn thành kiểm đếm", period=YTD),
    fig("cho 405 hộ với", "405", 405, "count", "hộ",
        subject="hộ được phê duyệt phương án bồi thường", period=YTD),
    fig("hơn 312 tỷ", "312", 312e9, "money", "đồng", approx="over",
        subject="tổng số tiền bồi thường được phê duyệt", period=YTD),
    fig("có 37 hộ", "37", 37, "count", "hộ", total=405, subject="hộ nghèo và cận nghèo", period=inh(YTD)),
    fig("cho 173 hộ", "173", 173, "count", "hộ", subject="hộ được chi trả đợt 1"),
    fig("tiền 128,6 tỷ", "128,6", 128.6e9, "money", "đồng", subject="số tiền chi trả đợt 1"),
    fig("khoảng 743 triệu", "743", 743e6, "money", "đồng/hộ", approx="about",
        subject="số tiền bình quân mỗi hộ nhận"),
    fig("gần 6,2 tỷ", "6,2", 6.2e9, "money", "đồng", approx="nearly", subject="số tiền hộ nhận cao nhất"),
    fig("trợ 30 kg", "30", 30, "measure", "kg/nhân khẩu/tháng",
        subject="gạo hỗ trợ ổn định đời sống"),
    fig("bằng 5 lần", "5", 5, "multiple", "lần",
        subject="mức hỗ trợ chuyển đổi nghề so với giá đất nông nghiệp cùng loại"),
    fig("rộng 68 ha", "68", 68, "measure", "ha", subject="diện tích khu tái định cư Phước Dinh"),
    fig("khoảng 7 km", "7", 7, "measure", "km", approx="about",
        subject="khoảng cách từ khu tái định cư Phước Dinh đến nhà máy"),
    fig("tư 615 tỷ", "615", 615e9, "money", "đồng", subject="tổng vốn đầu tư khu tái định cư Phước Dinh"),
    fig("thành 55%", "55", 55, "percent", "%", subject="khối lượng san nền hoàn thành"),
    fig("khoảng ba chục hộ", "ba chục", 30, "count", "hộ", approx="about",
        subject="hộ nuôi tôm đề nghị được bố trí đất sản xuất gần biển"),
    fig("cho 100%", "100", 100, "percent", "%", status="target",
        subject="số hộ đủ điều kiện được chi trả", period=BY),
]

NOTES = [
    "District portal (UBND huyện Thuận Nam): banner, menu, 'Ngày đăng: 22/04/2025', 'Tin khác', footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'đợt 1', 'Ninh Thuận 1', 'Ngày 18/4', 'thôn Sơn Hải 1 và Sơn Hải 2', 'từ tháng 9/2025', 'trước ngày 30/6/2025',",
    "'hè 2025', 'tháng 5/2025', phone 0259.3860.215, counter 412.905. 'Trong số 405 hộ này' gives the total of 37 (an attribute, not a figure).",
    "'Từ đầu năm đến nay' = 2025-01-01 .. dateline. 'trước ngày 30/6/2025' on the 100% target read as the as-of end of the target.",
    "Commune Phước Dinh lies in Thuận Nam: all figures default to Thuận Nam. 'bình quân mỗi hộ ... 743 triệu đồng' → unit đồng/hộ.",
    "'bằng 5 lần giá đất nông nghiệp' stands alone as the claim → multiple. 'khoảng ba chục hộ' → 30, about.",
    "The 173 hộ / 128,6 tỷ of 'Ngày 18/4' get no period (a single payment day, not a reporting period).",
    "revised after the first run: unit of '30 kg gạo/nhân khẩu/tháng' 'kg gạo/nhân khẩu/tháng' → 'kg/nhân khẩu/tháng' (the unit is the",
    "shortest noun phrase; the commodity belongs to the subject, as in the shared gold: '61,8 vạn tấn' lương thực → 'tấn').",
]

if __name__ == "__main__":
    write("p1397-2", TEXT, NOTES, FIGS, published="2025-04-22", location="Thuận Nam")
