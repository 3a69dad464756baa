"""p1114-4: central agency (Cục Kinh tế hợp tác và PTNT, Bộ NN&PTNT), national wood-processing craft villages."""
from lib import F, write, period, inherit, year, change

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Kinh tế hợp tác và Phát triển nông thôn
Tin hoạt động | Ngày đăng: 05/03/2025 | Lượt xem: 1.127

Phát triển làng nghề chế biến gỗ gắn với nguồn nguyên liệu hợp pháp

Theo số liệu của Cục, tính đến cuối năm 2024, cả nước có khoảng 5.400 làng nghề và làng có nghề, trong đó 342 làng nghề chế biến gỗ, sản xuất đồ gỗ, chiếm 6,3%. Các làng nghề này thu hút khoảng 310.000 lao động, doanh thu bình quân đạt 96 triệu đồng/lao động/năm. Các địa phương có nhiều làng nghề mộc nhất lần lượt là Hà Nội (72 làng), Nam Định (31 làng), Bắc Ninh (24 làng) và Vĩnh Phúc (18 làng).

Năm 2024, kim ngạch xuất khẩu gỗ và sản phẩm gỗ của cả nước đạt 16,25 tỷ USD, tăng 20,1% so với năm 2023; trong đó khu vực làng nghề đóng góp khoảng 1,2 tỷ USD. Nguồn gỗ rừng trồng trong nước đáp ứng khoảng 75-80% nhu cầu nguyên liệu; năm 2024, các doanh nghiệp và cơ sở làng nghề nhập khẩu gần 5,8 triệu m3 gỗ nguyên liệu, trị giá 2,75 tỷ USD.

Về an toàn phòng cháy, chữa cháy, năm 2024 cả nước xảy ra 68 vụ cháy tại cơ sở chế biến gỗ trong làng nghề, giảm 11,7% so với năm 2023; nguyên nhân chủ yếu do sự cố hệ thống điện (chiếm trên 60%).

Theo Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2021-2030 (Quyết định số 801/QĐ-TTg), phấn đấu đến năm 2030 mỗi tỉnh có ít nhất 1 làng nghề mộc gắn với du lịch; 100% làng nghề chế biến gỗ sử dụng nguồn gỗ hợp pháp; kim ngạch xuất khẩu lâm sản đạt 25 tỷ USD.

Cục đề nghị các địa phương hoàn thành rà soát trước ngày 30/6/2025.

Địa chỉ: số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9670
"""

ASOF = period("tính đến cuối năm 2024", None, "2024-12-31")
Y24 = year("năm 2024", 2024)
T30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 5.400 làng nghề", "5.400", 5400, "count", "làng nghề và làng có nghề", "làng nghề và làng có nghề",
      ASOF, approx="about"),
    F("342 làng nghề", "342", 342, "count", "làng nghề", "làng nghề chế biến gỗ, sản xuất đồ gỗ", ASOF,
      total=5400, percent=6.3),
    F("khoảng 310.000 lao động", "310.000", 310000, "count", "lao động", "lao động làng nghề chế biến gỗ",
      inherit(ASOF), approx="about"),
    F("đạt 96 triệu", "96", 96e6, "money", "đồng/lao động/năm", "doanh thu bình quân", inherit(ASOF)),
]
for place, n in (("Hà Nội", "72"), ("Nam Định", "31"), ("Bắc Ninh", "24"), ("Vĩnh Phúc", "18")):
    FIGS.append(F(f"{place} ({n} làng)", n, int(n), "count", "làng", "làng nghề mộc", inherit(ASOF), location=place))
FIGS += [
    F("đạt 16,25 tỷ USD", "16,25", 16.25e9, "money", "USD", "kim ngạch xuất khẩu gỗ và sản phẩm gỗ", Y24,
      change=change("increase", 20.1, baseline="năm 2023")),
    F("khoảng 1,2 tỷ USD", "1,2", 1.2e9, "money", "USD", "kim ngạch xuất khẩu khu vực làng nghề đóng góp", Y24,
      approx="about", total=16.25e9),
    F("khoảng 75-80%", "75", 75, "percent", "%", "nhu cầu nguyên liệu được nguồn gỗ rừng trồng trong nước đáp ứng",
      approx="about", value_max=80),
    F("gần 5,8 triệu m3", "5,8", 5.8e6, "measure", "m3", "gỗ nguyên liệu nhập khẩu", Y24, approx="nearly"),
    F("trị giá 2,75 tỷ USD", "2,75", 2.75e9, "money", "USD", "trị giá gỗ nguyên liệu nhập khẩu", Y24),
    F("xảy ra 68 vụ", "68", 68, "count", "vụ cháy", "vụ cháy tại cơ sở chế biến gỗ trong làng nghề", Y24,
      change=change("decrease", 11.7, baseline="năm 2023")),
    F("chiếm trên 60%", "60", 60, "percent", "%", "vụ cháy do sự cố hệ thống điện", Y24, approx="over"),
    F("ít nhất 1 làng nghề", "1", 1, "count", "làng nghề", "làng nghề mộc gắn với du lịch mỗi tỉnh", T30,
      approx="at_least", status="target", optional=True),
    F("100% làng nghề", "100", 100, "percent", "%", "làng nghề chế biến gỗ sử dụng nguồn gỗ hợp pháp", T30,
      status="target"),
    F("đạt 25 tỷ USD", "25", 25e9, "money", "USD", "kim ngạch xuất khẩu lâm sản", T30, status="target"),
]

NOTES = [
    "Central agency site (Cục Kinh tế hợp tác và PTNT): national wood-processing craft villages, exports, wood sources, fires.",
    "National figures: location Việt Nam; the ranking list 'lần lượt là Hà Nội (72 làng), ...' gives each province as location and no total (does not add up).",
    "'khu vực làng nghề đóng góp khoảng 1,2 tỷ USD' after 'trong đó': total = the 16,25 tỷ USD export whole.",
    "'(chiếm trên 60%)' is the share of a part (fires caused by electrical faults), not of the 68 fires: a percent figure of its own.",
    "'mỗi tỉnh có ít nhất 1 làng nghề mộc' is a per-province threshold: optional (cf. 'tối thiểu 1 nền tảng số' in the shared gold).",
    "'75-80%' has no period (general statement; 'năm 2024' follows in a later clause).",
    "Distractors: Quyết định số 801/QĐ-TTg, giai đoạn 2021-2030, trước ngày 30/6/2025, address số 2 Ngọc Hà, phone, Lượt xem.",
]

write("p1114-4", TEXT, FIGS, NOTES, published="2025-03-05", location="Việt Nam")
