"""p1273-3: ministry site (Bộ Y tế): national iodine survey 2023, province list, strategy targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Tin hoạt động của Bộ

Cả nước mới có 6/63 tỉnh, thành phố đạt tỷ lệ hộ dùng muối i-ốt trên 90%

20/02/2024 | 15:10 | Cục Y tế dự phòng

Theo kết quả điều tra do Bệnh viện Nội tiết Trung ương thực hiện năm 2023, tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn phòng bệnh của cả nước chỉ đạt 31,4%, thấp hơn nhiều so với khuyến nghị của Tổ chức Y tế Thế giới (WHO) là trên 90%. Mức i-ốt niệu trung vị ở trẻ em là 89 µg/L, dưới ngưỡng tối ưu.

Cuộc điều tra được tiến hành tại 63 tỉnh, thành phố với hơn 10.000 mẫu muối và gần 6.300 mẫu nước tiểu. Các địa phương có tỷ lệ thấp nhất là Kon Tum (12,6%), Sóc Trăng (14,1%) và Gia Lai (15,8%).

Nguyên nhân chủ yếu là khoảng 70% lượng muối người dân tiêu thụ đến từ gia vị chế biến sẵn như nước mắm, bột canh, hạt nêm, trong khi chỉ 20-30% cơ sở chế biến thực phẩm sử dụng muối i-ốt theo quy định tại Nghị định số 09/2016/NĐ-CP. Người Việt Nam hiện tiêu thụ trung bình 9,4 gam muối/người/ngày.

Theo Chiến lược quốc gia về dinh dưỡng giai đoạn 2021-2030 ban hành kèm theo Quyết định số 02/QĐ-TTg, mục tiêu đến năm 2025 tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn phòng bệnh đạt trên 80% và đến năm 2030 đạt trên 90%.

Năm 2024, Bộ Y tế dự kiến bố trí khoảng 15 tỷ đồng cho hoạt động truyền thông, giám sát; tập huấn cho ít nhất 700 cán bộ y tế tuyến tỉnh, huyện và kiểm tra việc tăng cường i-ốt vào muối tại 20 tỉnh có tỷ lệ thấp.

Tin cùng chuyên mục:
- Bộ Y tế hướng dẫn phòng bệnh mùa Xuân năm 2024
- Tăng cường phòng chống dịch sởi tại 10 tỉnh phía Nam

BỘ Y TẾ
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội | Đường dây nóng: 1900 9095
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn phòng bệnh"

FIGS = [
    fig("có 6/63", "6", 6, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố đạt tỷ lệ hộ dùng muối i-ốt trên 90%"),
    fig("muối i-ốt trên 90%\n", "90", 90, "percent", "%", approx="over", optional=True),
    fig("chỉ đạt 31,4%", "31,4", 31.4, "percent", "%", target=tgt(90, "%", False), subject=SUBJ, period=Y23),
    fig("là 89 µg/L", "89", 89, "measure", "µg/L", subject="mức i-ốt niệu trung vị ở trẻ em",
        period=inh(Y23)),
    fig("tại 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", subject="tỉnh, thành phố được điều tra",
        period=inh(Y23)),
    fig("hơn 10.000 mẫu", "10.000", 10000, "count", "mẫu", approx="over", subject="mẫu muối được điều tra",
        period=inh(Y23)),
    fig("gần 6.300 mẫu", "6.300", 6300, "count", "mẫu", approx="nearly",
        subject="mẫu nước tiểu được điều tra", period=inh(Y23)),
    fig("Kon Tum (12,6%)", "12,6", 12.6, "percent", "%", subject=SUBJ, period=inh(Y23), location="Kon Tum"),
    fig("Sóc Trăng (14,1%)", "14,1", 14.1, "percent", "%", subject=SUBJ, period=inh(Y23),
        location="Sóc Trăng"),
    fig("Gia Lai (15,8%)", "15,8", 15.8, "percent", "%", subject=SUBJ, period=inh(Y23), location="Gia Lai"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="lượng muối người dân tiêu thụ đến từ gia vị chế biến sẵn"),
    fig("chỉ 20-30%", "20", 20, "percent", "%", value_max=30,
        subject="cơ sở chế biến thực phẩm sử dụng muối i-ốt"),
    fig("bình 9,4 gam", "9,4", 9.4, "measure", "gam/người/ngày",
        subject="lượng muối người Việt Nam tiêu thụ trung bình"),
    fig("đạt trên 80%", "80", 80, "percent", "%", approx="over", status="target", subject=SUBJ, period=T25),
    fig("đạt trên 90%", "90", 90, "percent", "%", approx="over", status="target", subject=SUBJ, period=T30),
    fig("khoảng 15 tỷ", "15", 15e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí Bộ Y tế bố trí cho hoạt động truyền thông, giám sát", period=Y24),
    fig("ít nhất 700 cán bộ", "700", 700, "count", "cán bộ y tế", approx="at_least", status="forecast",
        subject="cán bộ y tế tuyến tỉnh, huyện được tập huấn", period=Y24),
    fig("tại 20 tỉnh", "20", 20, "count", "tỉnh", status="forecast",
        subject="tỉnh có tỷ lệ thấp được kiểm tra việc tăng cường i-ốt vào muối", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Y tế): breadcrumb, '20/02/2024 | 15:10 | Cục Y tế dự phòng', related links, footer address and hotline.",
    "National figures: location Việt Nam; the three provinces of the list are locations of their items (subject = the indicator).",
    "Distractors: 15:10, 'Nghị định số 09/2016/NĐ-CP', 'Quyết định số 02/QĐ-TTg', 'giai đoạn 2021-2030', '138A Giảng Võ', '1900 9095',",
    "and the link titles ('mùa Xuân năm 2024', '10 tỉnh phía Nam' in another article's title: not this article's claim, not annotated).",
    "Headline '6/63' → total 63. The headline '90%' is the threshold that defines the 6 provinces: optional.",
    "'31,4%, thấp hơn ... khuyến nghị của WHO là trên 90%' → target 90 (met false), the 90 is an attribute, not a figure.",
    "Survey details and the province list inherit 'năm 2023' (not scored). 'khoảng 70%', 'chỉ 20-30%', '9,4 gam' are standing facts, no period.",
    "Strategy targets: 'đến năm 2025' / 'đến năm 2030' (start null) and 'mục tiêu' → target. 'dự kiến' governs the whole 2024 sentence → forecast.",
]

if __name__ == "__main__":
    write("p1273-3", TEXT, NOTES, FIGS, published="2024-02-20", location="Việt Nam")
