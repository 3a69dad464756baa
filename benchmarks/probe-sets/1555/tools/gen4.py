"""p1555-4: ministry site (Bộ Công Thương): national exports of plastic pipes and fittings 2023, markets, capacity, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Công nghiệp

Xuất khẩu ống nhựa và phụ kiện năm 2023 đạt hơn 420 triệu USD
15/03/2024 | 08:45 | Vụ Công nghiệp

Theo số liệu của Tổng cục Hải quan, năm 2023 kim ngạch xuất khẩu ống, ống dẫn và phụ kiện bằng nhựa của cả nước đạt 423,6 triệu USD, giảm 3,8% so với năm 2022, chiếm khoảng 7% tổng kim ngạch xuất khẩu sản phẩm nhựa. Các thị trường lớn lần lượt là Hoa Kỳ (112,4 triệu USD), Campuchia (68,9 triệu USD), Nhật Bản (45,3 triệu USD) và Lào (31,7 triệu USD). Riêng quý IV/2023, xuất khẩu đạt 118 triệu USD, tăng 9,2% so với quý III.

Cả nước hiện có khoảng 250 doanh nghiệp sản xuất ống nhựa, trong đó hơn 60% tập trung ở vùng Đông Nam Bộ. Tổng công suất toàn ngành ước khoảng 1,6 triệu tấn/năm. Tuy nhiên, hiệu suất sử dụng công suất chỉ đạt 65-70%. Giá hạt nhựa PVC nhập khẩu bình quân năm 2023 khoảng 850 USD/tấn, giảm 18% so với năm 2022.

Theo Chiến lược phát triển ngành nhựa Việt Nam (Quyết định số 1852/QĐ-BCT), mục tiêu đến năm 2030 nhóm nhựa xây dựng, trong đó có ống nhựa, chiếm 20-22% cơ cấu toàn ngành; tốc độ tăng trưởng bình quân giai đoạn 2024-2030 đạt 8-9%/năm.

Bộ Công Thương dự báo năm 2024 xuất khẩu ống nhựa có thể phục hồi, đạt khoảng 450 triệu USD, tăng khoảng 6% so với năm 2023. Doanh nghiệp cần chủ động đáp ứng tiêu chuẩn ISO 4427 của thị trường Úc và châu Âu.

Bản quyền thuộc Bộ Công Thương. Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội
Điện thoại: 024.2220.2108
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23h = per("năm 2023", "2023-01-01", "2023-12-31")
Q4 = per("quý IV/2023", "2023-10-01", "2023-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
P2430 = per("giai đoạn 2024-2030", "2024-01-01", "2030-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
MK = "kim ngạch xuất khẩu ống, ống dẫn và phụ kiện bằng nhựa"

FIGS = [
    fig("hơn 420 triệu", "420", 420e6, "money", "USD", approx="over",
        subject="xuất khẩu ống nhựa và phụ kiện", period=Y23h),
    fig("đạt 423,6 triệu", "423,6", 423.6e6, "money", "USD", percent=7,
        change=chg("decrease", 3.8, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu ống, ống dẫn và phụ kiện bằng nhựa của cả nước", period=Y23),
    fig("Hoa Kỳ (112,4 triệu", "112,4", 112.4e6, "money", "USD", subject=MK, period=inh(Y23)),
    fig("Campuchia (68,9 triệu", "68,9", 68.9e6, "money", "USD", subject=MK, period=inh(Y23)),
    fig("Nhật Bản (45,3 triệu", "45,3", 45.3e6, "money", "USD", subject=MK, period=inh(Y23)),
    fig("Lào (31,7 triệu", "31,7", 31.7e6, "money", "USD", subject=MK, period=inh(Y23)),
    fig("đạt 118 triệu", "118", 118e6, "money", "USD", change=chg("increase", 9.2, "%", "quý III"),
        subject="xuất khẩu", period=Q4),
    fig("khoảng 250 doanh nghiệp", "250", 250, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất ống nhựa"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="doanh nghiệp sản xuất ống nhựa tập trung ở vùng Đông Nam Bộ"),
    fig("khoảng 1,6 triệu", "1,6", 1.6e6, "measure", "tấn/năm", approx="about", status="estimate",
        subject="tổng công suất toàn ngành"),
    fig("đạt 65-70%", "65", 65, "percent", "%", value_max=70, subject="hiệu suất sử dụng công suất"),
    fig("khoảng 850 USD/tấn", "850", 850, "money", "USD/tấn", approx="about",
        change=chg("decrease", 18, "%", "năm 2022"),
        subject="giá hạt nhựa PVC nhập khẩu bình quân", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("chiếm 20-22%", "20", 20, "percent", "%", value_max=22, status="target",
        subject="nhóm nhựa xây dựng trong cơ cấu toàn ngành", period=TO30),
    fig("đạt 8-9%", "8", 8, "percent", "%", value_max=9, status="target",
        subject="tốc độ tăng trưởng bình quân", period=P2430),
    fig("khoảng 450 triệu", "450", 450e6, "money", "USD", approx="about", status="forecast",
        change=chg("increase", 6, "%", "năm 2023", approx="about"),
        subject="xuất khẩu ống nhựa", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '15/03/2024 | 08:45 | Vụ Công nghiệp' (published), address and phone footer.",
    "Distractors: 08:45, Quyết định số 1852/QĐ-BCT, 'ISO 4427' (a standard), '54 Hai Bà Trưng', phone 024.2220.2108.",
    "National figures: location Việt Nam throughout. Trade partners (Hoa Kỳ, Campuchia, Nhật Bản, Lào) are not places of the figure;",
    "each list item is a figure with the list's indicator as subject; their period 'năm 2023' stands in the previous sentence (inherited).",
    "Đông Nam Bộ is a region, not a province, and the 60% is a share of the national count: location stays Việt Nam.",
    "'ước khoảng 1,6 triệu tấn/năm' → estimate and about. 'Tuy nhiên, ... chỉ đạt 65-70%' is its own sentence: actual.",
    "'mục tiêu đến năm 2030 ... chiếm 20-22% ...; tốc độ tăng trưởng ... đạt 8-9%/năm': the second clause continues the target;",
    "'8-9%/năm' is a percent (unit '%'). 'dự báo năm 2024 ... khoảng 450 triệu USD, tăng khoảng 6%' → forecast with a change.",
]

if __name__ == "__main__":
    write("p1555-4", TEXT, NOTES, FIGS, published="2024-03-15", location="Việt Nam")
