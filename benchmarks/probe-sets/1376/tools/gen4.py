"""p1376-4: ministry site (Bộ VHTTDL): the national Áo dài week 2024, provinces, tailors, market (Việt Nam)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Văn hóa

Tuần lễ Áo dài: 63/63 tỉnh, thành phố hưởng ứng

15/03/2024 | 14:10 | Cục Văn hóa cơ sở

Theo báo cáo của Cục Văn hóa cơ sở, Tuần lễ Áo dài (từ ngày 1/3 đến 8/3/2024) đã được 63/63 tỉnh, thành phố hưởng ứng với hơn 1.850 hoạt động, tăng 27% so với năm 2023. Khoảng 2,4 triệu lượt hội viên, phụ nữ tham gia, gấp gần 2 lần năm trước.

TP Hồ Chí Minh dẫn đầu với 212 hoạt động, Hà Nội đứng thứ hai (176 hoạt động), tiếp đến là Thừa Thiên Huế (134 hoạt động). Có 41 địa phương tổ chức đồng diễn áo dài quy mô từ 500 người trở lên.

Theo khảo sát của Cục, cả nước hiện có khoảng 4.600 cơ sở may áo dài, tập trung tại TP Hồ Chí Minh (chiếm 38%), Hà Nội (21%) và Thừa Thiên Huế (6%). Thị trường áo dài năm 2023 ước đạt khoảng 9.500 tỷ đồng, tăng 15-18% so với năm 2022.

Bộ đang hướng dẫn 5 địa phương lập hồ sơ đề nghị đưa nghề may áo dài truyền thống vào Danh mục di sản văn hóa phi vật thể quốc gia.

Theo Kế hoạch số 1289/KH-BVHTTDL, mục tiêu đến năm 2030 có 100% tỉnh, thành phố tổ chức Tuần lễ Áo dài hằng năm và xây dựng ít nhất 10 sản phẩm du lịch gắn với áo dài.

Bộ Văn hóa, Thể thao và Du lịch - 51 Ngô Quyền, Hoàn Kiếm, Hà Nội - ĐT: 024.3943.8231
"""

WEEK = per("từ ngày 1/3 đến 8/3/2024", "2024-03-01", "2024-03-08")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
ACT = "hoạt động hưởng ứng Tuần lễ Áo dài"
LIST = "hoạt động"  # the list sentence names its indicator only as 'hoạt động' (revised after the first run)
SHOP = "cơ sở may áo dài"

FIGS = [
    fig("Áo dài: 63/63", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố hưởng ứng Tuần lễ Áo dài"),
    fig("được 63/63", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố hưởng ứng Tuần lễ Áo dài", period=WEEK),
    fig("hơn 1.850 hoạt động", "1.850", 1850, "count", "hoạt động", approx="over",
        change=chg("increase", 27, "%", "năm 2023"), subject=ACT, period=WEEK),
    fig("Khoảng 2,4 triệu", "2,4", 2.4e6, "count", "lượt", approx="about",
        change=chg("increase", 2, "lần", "năm trước", approx="nearly"),
        subject="lượt hội viên, phụ nữ tham gia", period=inh(WEEK)),
    fig("với 212 hoạt động", "212", 212, "count", "hoạt động", subject=LIST, period=inh(WEEK),
        location="TP Hồ Chí Minh"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject=LIST, period=inh(WEEK), location="Hà Nội"),
    fig("(176 hoạt động)", "176", 176, "count", "hoạt động", subject=LIST, period=inh(WEEK), location="Hà Nội"),
    fig("(134 hoạt động)", "134", 134, "count", "hoạt động", subject=LIST, period=inh(WEEK),
        location="Thừa Thiên Huế"),
    fig("Có 41 địa phương", "41", 41, "count", "địa phương",
        subject="địa phương tổ chức đồng diễn áo dài quy mô từ 500 người trở lên", period=inh(WEEK)),
    fig("từ 500 người", "500", 500, "count", "người", approx="at_least",
        subject="quy mô đồng diễn áo dài", optional=True),
    fig("khoảng 4.600 cơ sở", "4.600", 4600, "count", "cơ sở", approx="about", subject=SHOP),
    fig("(chiếm 38%)", "38", 38, "percent", "%", subject=SHOP, location="TP Hồ Chí Minh"),
    fig("(21%)", "21", 21, "percent", "%", subject=SHOP, location="Hà Nội"),
    fig("(6%)", "6", 6, "percent", "%", subject=SHOP, location="Thừa Thiên Huế"),
    fig("khoảng 9.500 tỷ", "9.500", 9500e9, "money", "đồng", approx="about", status="estimate",
        change=chg("increase", 15, "%", "năm 2022"), subject="thị trường áo dài", period=Y23),
    fig("hướng dẫn 5 địa phương", "5", 5, "count", "địa phương",
        subject="địa phương lập hồ sơ đề nghị đưa nghề may áo dài truyền thống vào Danh mục di sản văn hóa phi vật thể quốc gia"),
    fig("có 100% tỉnh", "100", 100, "percent", "%", status="target",
        subject="tỉnh, thành phố tổ chức Tuần lễ Áo dài hằng năm", period=T30),
    fig("ít nhất 10 sản phẩm", "10", 10, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm du lịch gắn với áo dài", period=T30),
]

NOTES = [
    "Ministry site (Bộ Văn hóa, Thể thao và Du lịch), national (Việt Nam): breadcrumb, '15/03/2024 | 14:10 | Cục Văn hóa",
    "cơ sở', address footer with phone.",
    "Distractors: 14:10, dates 1/3 and 8/3/2024, baselines 'năm 2023'/'năm 2022', Kế hoạch số 1289/KH-BVHTTDL,",
    "'51 Ngô Quyền', phone 024.3943.8231.",
    "'63/63 tỉnh, thành phố' (headline and body) → total 63, location Việt Nam (a count of provinces).",
    "revised after the first run: the list 'TP Hồ Chí Minh dẫn đầu với 212 hoạt động, Hà Nội đứng thứ hai (176 hoạt động),",
    "... (134 hoạt động)' and the rank: subject 'hoạt động hưởng ứng Tuần lễ Áo dài' → 'hoạt động', as the sentence names it",
    "(I had brought 'hưởng ứng Tuần lễ Áo dài' in from the previous paragraph).",
    "'gấp gần 2 lần năm trước' after an amount → change (increase 2 lần, approx nearly).",
    "List of provinces by activities shares the indicator 'hoạt động hưởng ứng Tuần lễ Áo dài'; places → location;",
    "'Hà Nội đứng thứ hai' is a rank (number word). 'quy mô từ 500 người trở lên' is a threshold naming a group: optional.",
    "'tập trung tại TP Hồ Chí Minh (chiếm 38%), Hà Nội (21%) ...': each share is a percent figure of its province.",
    "'ước đạt khoảng 9.500 tỷ đồng, tăng 15-18%': estimate + about; change value = the lower end 15 (a change has one value).",
    "'mục tiêu đến năm 2030' governs both clauses (target). National figures with no place named: Việt Nam.",
]

if __name__ == "__main__":
    write("p1376-4", TEXT, NOTES, FIGS, published="2024-03-15", location="Việt Nam")
