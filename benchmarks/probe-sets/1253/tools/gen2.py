"""p1253-2: district portal (huyện Sóc Sơn, Hà Nội): a wildlife rescue station's results in 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SÓC SƠN - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức - Sự kiện / Kinh tế

Trạm cứu hộ Minh Phú thả về tự nhiên hơn 600 cá thể động vật hoang dã
12/01/2024 - 08:45

Năm 2023, Trạm Cứu hộ động vật hoang dã Minh Phú (xã Minh Phú) đã tiếp nhận 1.248 cá thể động vật hoang dã thuộc 76 loài, tăng 18% so với năm 2022. Nguồn tiếp nhận gồm 812 cá thể do lực lượng kiểm lâm, công an, quản lý thị trường thu giữ và 436 cá thể do người dân tự nguyện giao nộp.

Trong số động vật được tiếp nhận có 214 cá thể thuộc loài nguy cấp, quý, hiếm, chiếm 17,1%; nhiều loài như culi, tê tê, rùa núi vàng được xếp vào nhóm IB. Sau thời gian chăm sóc, trạm đã thả về môi trường tự nhiên 637 cá thể, vượt 6% kế hoạch; hiện đang nuôi dưỡng khoảng 390 cá thể. Tỷ lệ cá thể được cứu hộ thành công đạt 82,5%.

Theo ông Đỗ Văn Thịnh, Trưởng trạm, trạm hiện có 27 cán bộ, nhân viên, trong đó 4 bác sĩ thú y. Kinh phí hoạt động năm 2023 được thành phố cấp 6,8 tỷ đồng; riêng tiền thức ăn cho động vật chiếm gần 45%.

Năm 2024, trạm phấn đấu thả về tự nhiên từ 65 đến 70% số cá thể tiếp nhận; dự kiến đầu tư thêm hai khu chuồng bán hoang dã với tổng diện tích 3.500 m2.

Nguồn: Phòng Văn hóa và Thông tin huyện
Tin khác:
- Sóc Sơn: Ra quân trồng cây đầu xuân Giáp Thìn 2024
- Xã Minh Phú tổ chức Đại hội Hội Nông dân nhiệm kỳ 2023-2028
Địa chỉ: Số 1 đường Núi Đôi, thị trấn Sóc Sơn. Điện thoại: 024.3884.1234
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 600 cá thể", "600", 600, "count", "cá thể", approx="over",
        subject="cá thể động vật hoang dã thả về tự nhiên"),
    fig("tiếp nhận 1.248 cá thể", "1.248", 1248, "count", "cá thể",
        change=chg("increase", 18, "%", "năm 2022"),
        subject="cá thể động vật hoang dã trạm tiếp nhận", period=Y23),
    fig("thuộc 76 loài", "76", 76, "count", "loài",
        subject="loài động vật hoang dã tiếp nhận", period=Y23),
    fig("gồm 812 cá thể", "812", 812, "count", "cá thể", total=1248,
        subject="cá thể do lực lượng kiểm lâm, công an, quản lý thị trường thu giữ", period=inh(Y23)),
    fig("và 436 cá thể", "436", 436, "count", "cá thể", total=1248,
        subject="cá thể do người dân tự nguyện giao nộp", period=inh(Y23)),
    fig("có 214 cá thể", "214", 214, "count", "cá thể", total=1248, percent=17.1,
        subject="cá thể thuộc loài nguy cấp, quý, hiếm", period=inh(Y23)),
    fig("nhiên 637 cá thể", "637", 637, "count", "cá thể",
        change=chg("increase", 6, "%", "kế hoạch"),
        subject="cá thể thả về môi trường tự nhiên", period=inh(Y23)),
    fig("khoảng 390 cá thể", "390", 390, "count", "cá thể", approx="about",
        subject="cá thể trạm đang nuôi dưỡng"),
    fig("đạt 82,5%", "82,5", 82.5, "percent", "%",
        subject="tỷ lệ cá thể được cứu hộ thành công", period=inh(Y23)),
    fig("có 27 cán bộ", "27", 27, "count", "cán bộ, nhân viên",
        subject="cán bộ, nhân viên của trạm"),
    fig("4 bác sĩ", "4", 4, "count", "bác sĩ thú y", total=27,
        subject="bác sĩ thú y"),
    fig("cấp 6,8 tỷ", "6,8", 6.8e9, "money", "đồng",
        subject="kinh phí hoạt động thành phố cấp", period=Y23b),
    fig("chiếm gần 45%", "45", 45, "percent", "%", approx="nearly",
        subject="tiền thức ăn cho động vật trong kinh phí hoạt động", period=Y23b),
    fig("từ 65 đến 70%", "65", 65, "percent", "%", value_max=70, status="target",
        subject="số cá thể tiếp nhận thả về tự nhiên", period=Y24),
    fig("thêm hai khu", "hai", 2, "count", "khu chuồng", status="forecast",
        subject="khu chuồng bán hoang dã đầu tư thêm", period=Y24),
    fig("diện tích 3.500 m2", "3.500", 3500, "measure", "m2", status="forecast",
        subject="tổng diện tích khu chuồng bán hoang dã", period=Y24),
]

NOTES = [
    "District portal (huyện Sóc Sơn, Hà Nội): banner naming the district, '12/01/2024 - 08:45', 'Nguồn:', 'Tin khác', address and phone.",
    "Distractors: 08:45, 'nhóm IB', 'Giáp Thìn 2024', 'nhiệm kỳ 2023-2028', 'Số 1 đường Núi Đôi', phone 024.3884.1234.",
    "Headline 'hơn 600 cá thể' has no period phrase: no period. 'gồm 812 ... và 436' (sum 1.248) after a sentence break: total 1.248.",
    "'Trong số động vật được tiếp nhận có 214 cá thể ..., chiếm 17,1%': 'trong số' names the whole received (1.248) → total, percent 17,1.",
    "'vượt 6% kế hoạch' → change (increase 6, baseline kế hoạch). '82,5%' is a rate of its own. Year 2023 inherited by later sentences.",
    "'riêng tiền thức ăn ... chiếm gần 45%' has no amount of its own → percent figure. 'Năm 2024 ... phấn đấu' → target;",
    "'dự kiến đầu tư thêm hai khu ... 3.500 m2' → forecast (its own cue), period Năm 2024 (same sentence). Location: Sóc Sơn throughout.",
]

if __name__ == "__main__":
    write("p1253-2", TEXT, NOTES, FIGS, published="2024-01-12", location="Sóc Sơn")
