"""p1123-1: Yên Bái province portal - miến đao Giới Phiên before Tết (January 2024)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Làng miến đao Giới Phiên vào vụ Tết, mỗi ngày xuất bán gần 6 tấn miến

Cập nhật: 22/01/2024 08:30 | Lượt xem: 2.417

(yenbai.gov.vn) - Những ngày cuối năm, làng nghề miến đao Giới Phiên (xã Giới Phiên, TP Yên Bái) tất bật sản xuất phục vụ thị trường Tết Giáp Thìn. Toàn làng hiện có 96 hộ làm miến, trong đó 41 hộ đã đầu tư máy tráng, máy cắt và lò sấy khép kín.

Theo UBND TP Yên Bái, năm 2023 làng nghề sản xuất khoảng 1.350 tấn miến, tăng 8,4% so với năm 2022; doanh thu ước đạt 67,5 tỷ đồng. Giá miến đao bán tại xưởng dao động từ 50.000 đến 55.000 đồng/kg, cao hơn 5.000 đồng/kg so với cùng kỳ năm trước. Thu nhập bình quân 180 triệu đồng/hộ/năm; nghề làm miến tạo việc làm thường xuyên cho hơn 400 lao động, lúc cao điểm thời vụ khoảng 700 người.

Ông Nguyễn Văn Thành ở thôn Đồng Tâm, xã Giới Phiên cho biết gia đình ông làm miến đã ba đời. Mỗi ngày xưởng nhà ông tráng khoảng 5 tạ miến, thuê 8 lao động với tiền công 250.000 đồng/người/ngày. Riêng tháng Chạp, xưởng bán ra gần 12 tấn miến, chủ yếu cho các đại lý ở Hà Nội, Phú Thọ qua Quốc lộ 37.

Thành phố đang hỗ trợ 30% kinh phí xây bể xử lý nước thải cho các hộ sản xuất, tối đa 20 triệu đồng/hộ; đến nay đã có 27 hộ được hỗ trợ. Năm 2024, TP Yên Bái phấn đấu nâng sản lượng miến đao lên 1.500 tấn, có thêm hai sản phẩm đạt chuẩn OCOP 4 sao.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("xuất bán gần 6 tấn miến", "6", 6, "measure", "tấn", approx="nearly",
        subject="miến đao Giới Phiên xuất bán mỗi ngày"),
    fig("có 96 hộ", "96", 96, "count", "hộ", subject="hộ làm miến"),
    fig("trong đó 41 hộ", "41", 41, "count", "hộ", total=96,
        subject="hộ làm miến đã đầu tư máy tráng, máy cắt và lò sấy khép kín"),
    fig("khoảng 1.350 tấn", "1.350", 1350, "measure", "tấn", approx="about",
        change=chg("increase", 8.4, "%", "năm 2022"),
        subject="sản lượng miến làng nghề", period=Y23),
    fig("ước đạt 67,5 tỷ", "67,5", 67.5e9, "money", "đồng", status="estimate",
        subject="doanh thu làng nghề", period=Y23),
    fig("từ 50.000 đến 55.000", "50.000", 50000, "money", "đồng/kg", value_max=55000,
        change=chg("increase", 5000, "đồng/kg", "cùng kỳ năm trước"),
        subject="giá miến đao bán tại xưởng"),
    fig("bình quân 180 triệu", "180", 180e6, "money", "đồng/hộ/năm",
        subject="thu nhập bình quân hộ làm miến", period=inh(Y23)),
    fig("hơn 400 lao động", "400", 400, "count", "lao động", approx="over",
        subject="lao động có việc làm thường xuyên từ nghề làm miến"),
    fig("khoảng 700 người", "700", 700, "count", "người", approx="about",
        subject="lao động làm miến lúc cao điểm thời vụ"),
    fig("đã ba đời", "ba", 3, "count", "đời", optional=True,
        subject="số đời gia đình ông Thành làm miến"),
    fig("khoảng 5 tạ", "5", 5, "measure", "tạ", approx="about",
        subject="miến xưởng nhà ông Thành tráng mỗi ngày"),
    fig("thuê 8 lao động", "8", 8, "count", "lao động", subject="lao động xưởng nhà ông Thành thuê"),
    fig("250.000 đồng", "250.000", 250000, "money", "đồng/người/ngày",
        subject="tiền công lao động làm miến"),
    fig("gần 12 tấn", "12", 12, "measure", "tấn", approx="nearly",
        subject="miến xưởng nhà ông Thành bán ra tháng Chạp"),
    fig("hỗ trợ 30% kinh phí", "30", 30, "percent", "%",
        subject="hỗ trợ kinh phí xây bể xử lý nước thải cho các hộ sản xuất"),
    fig("tối đa 20 triệu", "20", 20e6, "money", "đồng/hộ", approx="at_most",
        subject="mức hỗ trợ xây bể xử lý nước thải"),
    fig("có 27 hộ", "27", 27, "count", "hộ", subject="hộ được hỗ trợ xây bể xử lý nước thải"),
    fig("lên 1.500 tấn", "1.500", 1500, "measure", "tấn", status="target",
        subject="sản lượng miến đao", period=Y24),
    fig("thêm hai sản phẩm", "hai", 2, "count", "sản phẩm", status="target",
        subject="sản phẩm đạt chuẩn OCOP 4 sao", period=Y24),
]

NOTES = [
    "Province portal (Yên Bái): miến đao Giới Phiên, TP Yên Bái, before Tết; 'Cập nhật: 22/01/2024 08:30 | Lượt xem: 2.417'.",
    "Distractors: time 08:30, view counter 2.417, 'Tết Giáp Thìn', 'OCOP 4 sao' (a rating label like 'mức độ 3'), 'Quốc lộ 37'.",
    "TP Yên Bái and the province reduce to the same place 'Yên Bái'. 'hiện', 'đến nay', the headline and the price get no period;",
    "'Riêng tháng Chạp' is a lunar month (no Gregorian bounds): no gold period. 'ba đời' (generations) optional.",
    "The change of the price range is in đồng/kg. Income per household keeps its written denominators (đồng/hộ/năm).",
]

if __name__ == "__main__":
    write("p1123-1", TEXT, NOTES, FIGS, published="2024-01-22", location="Yên Bái")
