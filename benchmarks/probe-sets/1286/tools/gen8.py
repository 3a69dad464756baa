"""p1286-8: magazine (Tạp chí Tài nguyên và Môi trường): national sea-dyke system against storm surge and sea-level rise."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TẠP CHÍ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số 18 (440) - Kỳ 2 tháng 9/2024
Trang chủ / Khoa học - Công nghệ

Nâng cao khả năng chống chịu của đê biển trước nước dâng do bão

Ngày đăng: 28/09/2024

TS. Nguyễn Hoài Nam - Viện Khoa học Thủy lợi Việt Nam

Việt Nam có hơn 3.260 km bờ biển, mỗi năm chịu ảnh hưởng trung bình 6-8 cơn bão và áp thấp nhiệt đới. Nước dâng do bão kết hợp triều cường là nguyên nhân chính gây vỡ đê, ngập lụt các làng ven biển.

Theo Cục Quản lý đê điều và Phòng, chống thiên tai, cả nước có khoảng 2.700 km đê biển, đê cửa sông tại 28 tỉnh, thành phố ven biển, trong đó khoảng 1.200 km đê trực diện với biển. Giai đoạn 2016-2023, Nhà nước đã bố trí hơn 18.000 tỷ đồng củng cố, nâng cấp khoảng 1.050 km đê biển. Tuy vậy, hiện mới có khoảng 50% chiều dài đê biển đủ khả năng chống bão cấp 12 và triều cường tần suất 5%.

Bão số 3 (Yagi) năm 2024 gây nước dâng 1-1,5 m tại ven biển Hải Phòng, sóng cao 6-8 m. Trên cả nước, bão làm hư hỏng 132 vị trí đê biển, đê cửa sông với tổng chiều dài khoảng 45 km.

Theo kịch bản biến đổi khí hậu, dự báo đến năm 2050, mực nước biển trung bình ven biển Việt Nam dâng thêm 20-25 cm và đến năm 2100 khoảng 50-80 cm. Khi đó, nếu không được nâng cấp, nhiều tuyến đê sẽ bị nước tràn qua ngay cả với bão cấp trung bình.

Chương trình nâng cấp đê biển đặt mục tiêu đến năm 2030, 100% tuyến đê biển xung yếu được kiên cố hóa và trồng mới ít nhất 4.000 ha rừng ngập mặn chắn sóng. Tác giả đề xuất ưu tiên giải pháp kè mềm, thân thiện với môi trường, kết hợp đê với đường giao thông ven biển.

Bài đăng trên Tạp chí Tài nguyên và Môi trường số 18 (440), kỳ 2 tháng 9/2024
"""

P1623 = per("Giai đoạn 2016-2023", "2016-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
BY50 = per("đến năm 2050", None, "2050-12-31")
BY2100 = per("đến năm 2100", None, "2100-12-31")
BY30 = per("đến năm 2030", None, "2030-12-31")
HP = "Hải Phòng"

FIGS = [
    fig("hơn 3.260 km", "3.260", 3260, "measure", "km", approx="over", subject="bờ biển"),
    fig("bình 6-8 cơn", "6", 6, "measure", "cơn bão/năm", value_max=8,
        subject="bão và áp thấp nhiệt đới ảnh hưởng mỗi năm"),
    fig("khoảng 2.700 km", "2.700", 2700, "measure", "km", approx="about",
        subject="đê biển, đê cửa sông"),
    fig("tại 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", subject="tỉnh, thành phố ven biển có đê"),
    fig("khoảng 1.200 km", "1.200", 1200, "measure", "km", approx="about", total=2700,
        subject="đê trực diện với biển"),
    fig("hơn 18.000 tỷ", "18.000", 18000e9, "money", "đồng", approx="over", period=P1623,
        subject="vốn Nhà nước bố trí củng cố, nâng cấp đê biển"),
    fig("khoảng 1.050 km", "1.050", 1050, "measure", "km", approx="about", period=P1623,
        subject="đê biển được củng cố, nâng cấp"),
    fig("khoảng 50%", "50", 50, "percent", "%", approx="about",
        subject="chiều dài đê biển đủ khả năng chống bão cấp 12 và triều cường tần suất 5%"),
    fig("bão cấp 12", "12", 12, "measure", "cấp", subject="cấp bão đê biển chống được", optional=True),
    fig("tần suất 5%", "5", 5, "percent", "%", subject="tần suất triều cường thiết kế", optional=True),
    fig("dâng 1-1,5 m", "1", 1, "measure", "m", value_max=1.5, period=Y24,
        subject="nước dâng do bão số 3", location=HP),
    fig("cao 6-8 m", "6", 6, "measure", "m", value_max=8, period=Y24,
        subject="sóng do bão số 3", location=HP),
    fig("hỏng 132 vị trí", "132", 132, "count", "vị trí", period=inh(Y24),
        subject="vị trí đê biển, đê cửa sông bị hư hỏng do bão"),
    fig("khoảng 45 km", "45", 45, "measure", "km", approx="about", period=inh(Y24),
        subject="tổng chiều dài đê biển, đê cửa sông bị hư hỏng do bão"),
    fig("thêm 20-25 cm", "20", 20, "measure", "cm", value_max=25, status="forecast", period=BY50,
        subject="mực nước biển trung bình ven biển dâng thêm"),
    fig("khoảng 50-80 cm", "50", 50, "measure", "cm", value_max=80, approx="about", status="forecast",
        period=BY2100, subject="mực nước biển trung bình ven biển dâng thêm"),
    fig("2030, 100%", "100", 100, "percent", "%", status="target", period=BY30,
        subject="tuyến đê biển xung yếu được kiên cố hóa"),
    fig("ít nhất 4.000 ha", "4.000", 4000, "measure", "ha", approx="at_least", status="target", period=BY30,
        subject="rừng ngập mặn chắn sóng trồng mới"),
]

NOTES = [
    "Magazine (Tạp chí Tài nguyên và Môi trường): issue line 'Số 18 (440) - Kỳ 2 tháng 9/2024', breadcrumb, 'Ngày đăng: 28/09/2024', author line, source line.",
    "Distractors: issue numbers 18, 440, 'Kỳ 2', 'tháng 9/2024' (twice), 'bão số 3', '(Yagi)', 'bão cấp trung bình'.",
    "National figures → Việt Nam; the surge and wave heights 'tại ven biển Hải Phòng' → Hải Phòng, period 'năm 2024' (the storm's year).",
    "'mỗi năm ... trung bình 6-8 cơn bão' → a yearly rate (measure, cơn bão/năm); 'trung bình' is no approx cue.",
    "'trong đó khoảng 1.200 km' → total 2.700 (km). 'hiện mới có khoảng 50%' → percent figure, no period.",
    "Optional: the design standard 'bão cấp 12 và triều cường tần suất 5%' (a design criterion, not a state of the world; the spec does not say).",
    "'dự báo đến năm 2050 ... 20-25 cm và đến năm 2100 khoảng 50-80 cm' → forecast; a rise that is itself the claim: no change object.",
    "'đặt mục tiêu đến năm 2030, 100% ... và ... ít nhất 4.000 ha' → target, period end 2030-12-31, start null.",
]

if __name__ == "__main__":
    write("p1286-8", TEXT, NOTES, FIGS, published="2024-09-28", location="Việt Nam")
