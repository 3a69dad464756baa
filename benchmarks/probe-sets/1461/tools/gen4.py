"""p1461-4: ministry site (Bộ Công Thương): national imports of ink, toner and cartridges, 8 months 2024; recycling."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Xuất nhập khẩu

Nhập khẩu mực in và hộp mực 8 tháng tăng hơn 9%

19/09/2024 | 09:30 | Cục Xuất nhập khẩu

Theo số liệu của Tổng cục Hải quan, 8 tháng năm 2024, kim ngạch nhập khẩu mực in, hộp mực và bột mực của Việt Nam đạt 412,6 triệu USD, tăng 9,3% so với cùng kỳ năm 2023. Riêng tháng 8/2024, kim ngạch đạt 56,8 triệu USD, tăng 4,1% so với tháng trước và tăng 12,5% so với cùng kỳ.

Trung Quốc là thị trường cung cấp lớn nhất với 187,4 triệu USD, chiếm 45,4% tổng kim ngạch; tiếp đến là Nhật Bản 98,2 triệu USD, Hàn Quốc 51,6 triệu USD và Thái Lan 24,9 triệu USD.

Ở chiều ngược lại, xuất khẩu hộp mực in và linh kiện máy in 8 tháng ước đạt 2,38 tỷ USD. Như vậy, xuất khẩu 8 tháng ước gấp gần 5,8 lần nhập khẩu.

Cả nước hiện có khoảng 60 doanh nghiệp sản xuất, lắp ráp hộp mực và vật tư in, trong đó 41 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại Bắc Ninh, Hải Phòng, Hưng Yên và Đồng Nai.

Về tái chế, theo Bộ Tài nguyên và Môi trường, năm 2023 cả nước phát sinh khoảng 4.800 tấn hộp mực in thải, nhưng mới thu gom, tái chế được chưa đến 30%. Mục tiêu đến năm 2030, tỷ lệ thu gom, tái chế hộp mực in thải đạt ít nhất 60% và 100% cơ quan nhà nước sử dụng hộp mực có nhãn sinh thái.

Bộ Công Thương dự báo nhu cầu mực in, hộp mực trong nước tăng 6-8%/năm trong giai đoạn 2025-2030. Bộ đang lấy ý kiến dự thảo Quyết định sửa đổi Quyết định số 1268/QĐ-BCT về danh mục vật tư in khuyến khích sản xuất trong nước.

Tin cùng chuyên mục:
- Xuất khẩu linh kiện điện tử quý II/2024 đạt kỷ lục
- Hội nghị giao ban xúc tiến thương mại lần thứ 3

Cơ quan chủ quản: Bộ Công Thương | Điện thoại: 024.22202222
"""

M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
M8s = P("8 tháng", "2024-01-01", "2024-08-31")
T8 = P("tháng 8/2024", "2024-08-01", "2024-08-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
G2530 = P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
IMP = "kim ngạch nhập khẩu mực in, hộp mực và bột mực"

FIGS = [
    F("tăng hơn 9%", "9", 9, "percent", "%", approx="over",
      subject="nhập khẩu mực in và hộp mực", period=M8s),
    F("đạt 412,6 triệu", "412,6", 412.6e6, "money", "USD", change=C("increase", 9.3, "%", "cùng kỳ năm 2023"),
      subject=IMP, period=M8),
    F("đạt 56,8 triệu", "56,8", 56.8e6, "money", "USD", change=C("increase", 4.1, "%", "tháng trước"),
      subject=IMP, period=T8),
    F("tăng 12,5%", "12,5", 12.5, "percent", "%", subject=f"{IMP} so với cùng kỳ", period=T8, optional=True),
    F("với 187,4 triệu", "187,4", 187.4e6, "money", "USD", percent=45.4,
      subject=f"{IMP} từ thị trường Trung Quốc", period=I(M8)),
    F("Nhật Bản 98,2 triệu", "98,2", 98.2e6, "money", "USD",
      subject=f"{IMP} từ thị trường Nhật Bản", period=I(M8)),
    F("Hàn Quốc 51,6 triệu", "51,6", 51.6e6, "money", "USD",
      subject=f"{IMP} từ thị trường Hàn Quốc", period=I(M8)),
    F("Thái Lan 24,9 triệu", "24,9", 24.9e6, "money", "USD",
      subject=f"{IMP} từ thị trường Thái Lan", period=I(M8)),
    F("ước đạt 2,38 tỷ", "2,38", 2.38e9, "money", "USD", status="estimate",
      subject="xuất khẩu hộp mực in và linh kiện máy in", period=M8s),
    F("gấp gần 5,8 lần", "5,8", 5.8, "multiple", "lần", approx="nearly", status="estimate",
      subject="xuất khẩu so với nhập khẩu", period=M8s),
    F("khoảng 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất, lắp ráp hộp mực và vật tư in"),
    F("trong đó 41 doanh nghiệp", "41", 41, "count", "doanh nghiệp", total=60,
      subject="doanh nghiệp có vốn đầu tư nước ngoài sản xuất, lắp ráp hộp mực và vật tư in"),
    F("khoảng 4.800 tấn", "4.800", 4800, "measure", "tấn", approx="about",
      subject="hộp mực in thải phát sinh", period=Y23),
    F("chưa đến 30%", "30", 30, "percent", "%", approx="under",
      subject="tỷ lệ hộp mực in thải được thu gom, tái chế", period=Y23),
    F("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ thu gom, tái chế hộp mực in thải", period=TO30),
    F("và 100% cơ quan", "100", 100, "percent", "%", status="target",
      subject="cơ quan nhà nước sử dụng hộp mực có nhãn sinh thái", period=TO30),
    F("tăng 6-8%", "6", 6, "percent", "%", value_max=8, status="forecast",
      subject="nhu cầu mực in, hộp mực trong nước", period=G2530),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '19/09/2024 | 09:30 | Cục Xuất nhập khẩu' is the dateline; footer phone.",
    "Distractors: 09:30, 'Quyết định số 1268/QĐ-BCT', 'quý II/2024' and 'lần thứ 3' in related links, phone 024.22202222, 'năm 2023' baseline,",
    "'giai đoạn 2025-2030' (a period, not a figure).",
    "All figures are national (location Việt Nam); the supplying countries are trade partners, not places; the provinces listed after",
    "the national count of firms do not make it provincial.",
    "Headline 'tăng hơn 9%' is a growth rate as the claim: percent figure, no change; year-less '8 tháng' takes 2024.",
    "56,8 triệu USD carries the first change (tháng trước); the second rate 'tăng 12,5% so với cùng kỳ' is optional (spec: one change).",
    "The list of import partners shares the indicator of the sentence before; the periods of the list come from that sentence (inherited).",
    "'xuất khẩu 8 tháng ước gấp gần 5,8 lần nhập khẩu' stands alone as the claim: kind multiple, estimate.",
    "'Mục tiêu đến năm 2030' governs both clauses (target, start null). 'dự báo ... tăng 6-8%/năm' is a forecast range.",
]

if __name__ == "__main__":
    write("p1461-4", TEXT, NOTES, FIGS, published="2024-09-19", location="Việt Nam")
