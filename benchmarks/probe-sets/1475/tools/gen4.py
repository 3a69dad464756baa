"""p1475-4: ministry site (Bộ Công Thương): national exports of chăn, ga, gối, đệm, 11 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu chăn, ga, gối, đệm 11 tháng tăng hơn 14%

16/12/2024 | 09:40 | Cục Xuất nhập khẩu

Theo số liệu thống kê, 11 tháng năm 2024, kim ngạch xuất khẩu nhóm hàng chăn, ga, gối, đệm và sản phẩm nhồi bông của Việt Nam ước đạt 1,28 tỷ USD, tăng 14,3% so với cùng kỳ năm 2023. Riêng tháng 11, kim ngạch đạt 131,5 triệu USD, giảm 2,4% so với tháng trước nhưng tăng 18,7% so với cùng kỳ.

Hoa Kỳ tiếp tục là thị trường lớn nhất, chiếm 61,4% tổng kim ngạch; tiếp đến là Nhật Bản 142 triệu USD, Hàn Quốc 76,3 triệu USD và EU 58 triệu USD. Việt Nam hiện đứng thứ 3 trong số các nước cung cấp chăn, ga, gối cho thị trường Hoa Kỳ, sau Trung Quốc và Ấn Độ.

Cả nước có khoảng 320 doanh nghiệp sản xuất chăn, ga, gối, đệm, trong đó hơn 40 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại Bình Dương, Đồng Nai, Hưng Yên và Hà Nội. Bên cạnh đó còn khoảng 70 làng nghề chăn bông, bật bông truyền thống với gần 6.000 hộ tham gia.

Cục Xuất nhập khẩu dự báo cả năm 2024, kim ngạch xuất khẩu nhóm hàng này đạt khoảng 1,4 tỷ USD. Theo Chương trình phát triển công nghiệp hỗ trợ ngành dệt may ban hành kèm Quyết định số 2154/QĐ-BCT, mục tiêu đến năm 2030 tỷ lệ nội địa hóa nguyên liệu bông, xơ cho sản phẩm chăn, gối đạt ít nhất 45%.

Tin cùng chuyên mục:
- Hội nghị giao ban xúc tiến thương mại với hệ thống thương vụ lần thứ 4
- Công bố Báo cáo Xuất nhập khẩu Việt Nam năm 2023

Bộ Công Thương - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
"""

M11H = per("11 tháng", "2024-01-01", "2024-11-30")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
T11 = per("tháng 11", "2024-11-01", "2024-11-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
SUBJ_X = "kim ngạch xuất khẩu sang "

FIGS = [
    fig("tăng hơn 14%", "14", 14, "percent", "%", approx="over",
        subject="xuất khẩu chăn, ga, gối, đệm", period=M11H),
    fig("ước đạt 1,28 tỷ", "1,28", 1.28e9, "money", "USD", status="estimate",
        change=chg("increase", 14.3, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu nhóm hàng chăn, ga, gối, đệm và sản phẩm nhồi bông", period=M11),
    fig("đạt 131,5 triệu", "131,5", 131.5e6, "money", "USD",
        change=chg("decrease", 2.4, "%", "tháng trước"), subject="kim ngạch xuất khẩu", period=T11),
    fig("tăng 18,7%", "18,7", 18.7, "percent", "%", subject="kim ngạch so với cùng kỳ", period=T11,
        optional=True),
    fig("chiếm 61,4%", "61,4", 61.4, "percent", "%",
        subject="thị trường Hoa Kỳ trong tổng kim ngạch", period=inh(M11)),
    fig("Nhật Bản 142 triệu", "142", 142e6, "money", "USD", subject=SUBJ_X + "Nhật Bản", period=inh(M11)),
    fig("Hàn Quốc 76,3 triệu", "76,3", 76.3e6, "money", "USD", subject=SUBJ_X + "Hàn Quốc", period=inh(M11)),
    fig("EU 58 triệu", "58", 58e6, "money", "USD", subject=SUBJ_X + "EU", period=inh(M11)),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="các nước cung cấp chăn, ga, gối cho thị trường Hoa Kỳ"),
    fig("khoảng 320 doanh nghiệp", "320", 320, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất chăn, ga, gối, đệm"),
    fig("hơn 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="over", total=320,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 70 làng nghề", "70", 70, "count", "làng nghề", approx="about",
        subject="làng nghề chăn bông, bật bông truyền thống"),
    fig("gần 6.000 hộ", "6.000", 6000, "count", "hộ", approx="nearly",
        subject="hộ tham gia làng nghề chăn bông, bật bông"),
    fig("khoảng 1,4 tỷ", "1,4", 1.4e9, "money", "USD", approx="about", status="forecast",
        subject="kim ngạch xuất khẩu nhóm hàng này", period=Y24),
    fig("ít nhất 45%", "45", 45, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa nguyên liệu bông, xơ cho sản phẩm chăn, gối", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '16/12/2024 | 09:40 | Cục Xuất nhập khẩu', related links, address footer.",
    "Distractors: 09:40, Quyết định số 2154/QĐ-BCT, 'lần thứ 4', 'năm 2023' in a link title, '54 Hai Bà Trưng'.",
    "Location Việt Nam throughout: markets (Hoa Kỳ, Nhật Bản, Hàn Quốc, EU) are trade partners, and the provinces",
    "after 'tập trung tại' follow a national count.",
    "Headline 'tăng hơn 14%' is a growth rate as the claim: percent figure, no change; '11 tháng' takes 2024.",
    "131,5 triệu USD has two changes: the first (giảm 2,4% so với tháng trước) is its attribute; 'tăng 18,7% so với",
    "cùng kỳ' is a percent figure of its own, optional per the spec.",
    "List 'tiếp đến là Nhật Bản 142 triệu USD, …': subject = the list's indicator (kim ngạch xuất khẩu); the 11-month",
    "period stands in an earlier paragraph (inherited). 'Việt Nam hiện đứng thứ 3' → rank 3, no period.",
    "'hơn 40 doanh nghiệp' after 'trong đó' → total 320. 'dự báo' → forecast; 'mục tiêu đến năm 2030 … ít nhất 45%' → target.",
    "revised after the first run: the list items' subject names the partner ('kim ngạch xuất khẩu sang Nhật Bản', …),",
    "as the shared gold h26 does ('vốn đăng ký cấp mới của Nhật Bản'); 'Riêng tháng 11, kim ngạch đạt 131,5 triệu USD'",
    "→ 'kim ngạch xuất khẩu' (was the bare 'kim ngạch'; the elliptical head names the article's indicator, as for the list).",
]

if __name__ == "__main__":
    write("p1475-4", TEXT, NOTES, FIGS, published="2024-12-16", location="Việt Nam")
