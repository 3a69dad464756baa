"""p1225-2: district portal (huyện Bát Xát, Lào Cai), đề án thăm dò đất hiếm Mường Hum."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT - TỈNH LÀO CAI
Trang chủ | Tin tức | Kinh tế | Thông báo
Đăng ngày: 12/03/2025 14:20

Đẩy nhanh tiến độ thăm dò đất hiếm tại xã Mường Hum

Sáng 11/3, đoàn công tác của UBND huyện đã kiểm tra tiến độ đề án thăm dò đất hiếm Mường Hum; đây là lần thứ 3 huyện kiểm tra đề án. Đề án do Liên đoàn Địa chất Tây Bắc thực hiện trên diện tích 8,7 km2, tổng kinh phí hơn 46 tỷ đồng, thời gian thi công 36 tháng.

Tính đến ngày 28/2/2025, đơn vị đã thi công 3.150/5.400 m khoan, đạt 58,3% khối lượng. Hai lỗ khoan sâu nhất là LK.07 và LK.12 với chiều sâu lần lượt 185 m và 212 m. Đơn vị cũng đào 1.260 m3 hào, lấy và gia công 2.430 mẫu các loại, trong đó có 1.180 mẫu hóa cơ bản, 640 mẫu phân tích đất hiếm tổng.

Tại thôn Sín Chải, đơn vị thuê 47 lao động địa phương làm phụ khoan, đào hào với tiền công 350.000 đồng/người/ngày. Gia đình anh Lý A Sử có 3 người tham gia, mỗi tháng thu nhập thêm khoảng 20 triệu đồng.

Về bồi thường, huyện đã kiểm đếm 2,4 ha đất sản xuất của 19 hộ bị ảnh hưởng, chi trả 1,15 tỷ đồng, đạt 100% kế hoạch.

Theo kế hoạch, đề án hoàn thành thi công thực địa trong quý III/2025 và nộp báo cáo tính trữ lượng trước ngày 30/6/2026. Dự báo trữ lượng cấp 122 của mỏ đạt khoảng 1,2 triệu tấn TR2O3.

Phó Chủ tịch UBND huyện đề nghị đơn vị ưu tiên sử dụng ít nhất 60% lao động là người địa phương, bảo đảm an toàn và vệ sinh môi trường.

Phòng Tài nguyên và Môi trường huyện
"""

ASOF = per("Tính đến ngày 28/2/2025", None, "2025-02-28")

FIGS = [
    fig("diện tích 8,7 km2", "8,7", 8.7, "measure", "km2", subject="diện tích thăm dò của đề án"),
    fig("hơn 46 tỷ", "46", 46e9, "money", "đồng", approx="over", subject="tổng kinh phí đề án"),
    fig("thi công 36 tháng", "36", 36, "measure", "tháng", subject="thời gian thi công đề án"),
    fig("3.150/5.400 m", "3.150", 3150, "measure", "m", total=5400, percent=58.3,
        subject="khoan đã thi công", period=ASOF),
    fig("Hai lỗ khoan", "Hai", 2, "count", "lỗ khoan", optional=True, subject="lỗ khoan sâu nhất"),
    fig("lần lượt 185 m", "185", 185, "measure", "m", subject="chiều sâu lỗ khoan",
        period=inh(ASOF)),
    fig("và 212 m", "212", 212, "measure", "m", subject="chiều sâu lỗ khoan", period=inh(ASOF)),
    fig("đào 1.260 m3", "1.260", 1260, "measure", "m3", subject="hào đã đào", period=inh(ASOF)),
    fig("gia công 2.430 mẫu", "2.430", 2430, "count", "mẫu", subject="mẫu các loại lấy và gia công",
        period=inh(ASOF)),
    fig("có 1.180 mẫu", "1.180", 1180, "count", "mẫu", total=2430, subject="mẫu hóa cơ bản",
        period=inh(ASOF)),
    fig("640 mẫu", "640", 640, "count", "mẫu", total=2430, subject="mẫu phân tích đất hiếm tổng",
        period=inh(ASOF)),
    fig("thuê 47 lao động", "47", 47, "count", "lao động",
        subject="lao động địa phương làm phụ khoan, đào hào"),
    fig("350.000 đồng", "350.000", 350000, "money", "đồng/người/ngày",
        subject="tiền công lao động phụ khoan, đào hào"),
    fig("có 3 người", "3", 3, "count", "người", subject="người trong gia đình anh Lý A Sử tham gia"),
    fig("khoảng 20 triệu", "20", 20e6, "money", "đồng", approx="about",
        subject="thu nhập thêm mỗi tháng của gia đình anh Lý A Sử"),
    fig("kiểm đếm 2,4 ha", "2,4", 2.4, "measure", "ha", subject="đất sản xuất đã kiểm đếm"),
    fig("của 19 hộ", "19", 19, "count", "hộ", subject="hộ bị ảnh hưởng"),
    fig("chi trả 1,15 tỷ", "1,15", 1.15e9, "money", "đồng", percent=100,
        subject="tiền bồi thường đã chi trả"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "measure", "tấn", approx="about", status="forecast",
        subject="trữ lượng cấp 122 của mỏ"),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ lao động là người địa phương"),
]

NOTES = [
    "District portal (huyện Bát Xát, Lào Cai); 'Đăng ngày: 12/03/2025 14:20' (published). Default location: the district.",
    "Distractors: 'Sáng 11/3', 'lần thứ 3' (ordinal), borehole ids 'LK.07', 'LK.12', reserve class 'cấp 122', 'TR2O3', 'quý III/2025',",
    "'trước ngày 30/6/2026' (deadlines, no figure), 'km2', 'm3'. '3.150/5.400 m' → total 5400 and the share 58,3%.",
    "'thời gian thi công 36 tháng' is the project's length (a measure), not a period. 'Hai lỗ khoan' only introduces the list (optional).",
    "The 'lần lượt' items take the list's indicator 'chiều sâu lỗ khoan' as subject (FIGURES.md lists; the borehole ids are labels).",
    "revised after the first run: those two subjects had carried the borehole id (LK.07 / LK.12); the spec gives list items the list's indicator.",
    "The as-of date covers the drilling sentence; the next two sentences inherit it. 'Dự báo ...' → forecast; 'đề nghị ... ít nhất 60%' → target.",
]

if __name__ == "__main__":
    write("p1225-2", TEXT, NOTES, FIGS, published="2025-03-12", location="Bát Xát")
