"""p698-4: ministry site (Bộ GD&ĐT), national figures on inclusive education, 3/12/2023."""
from lib import fig, period, inh, change, write

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ / Tin tức / Giáo dục hòa nhập
Ngày đăng: 02/12/2023 09:30

43 tỉnh, thành phố đã có trung tâm hỗ trợ phát triển giáo dục hòa nhập

Nhân Ngày Quốc tế người khuyết tật 3/12, Bộ Giáo dục và Đào tạo cho biết cả nước hiện có khoảng 1,3 triệu trẻ em khuyết tật từ 2 đến 17 tuổi, chiếm 7,3% tổng số trẻ em cùng độ tuổi.

Năm học 2022-2023, số trẻ khuyết tật đi học là 754.216 em, trong đó học hòa nhập 702.530 em, học tại các cơ sở chuyên biệt 51.686 em. Tỷ lệ trẻ khuyết tật đi học ở cấp tiểu học và trung học cơ sở lần lượt đạt 88,5% và 67,2%, trong khi cấp trung học phổ thông chỉ đạt 33,7%.

Đến nay, 43/63 tỉnh, thành phố đã thành lập trung tâm hỗ trợ phát triển giáo dục hòa nhập với tổng số 98 trung tâm (20 trung tâm công lập và 78 trung tâm tư thục). Năm 2023, ngân sách trung ương bố trí 145 tỷ đồng cho các hoạt động hỗ trợ giáo dục người khuyết tật, tăng 1,5 lần so với năm 2022.

Theo Quyết định số 1438/QĐ-TTg ngày 29/10/2018 của Thủ tướng Chính phủ và Thông tư số 03/2018/TT-BGDĐT, mục tiêu đến năm 2025 có 70% trẻ em khuyết tật có nhu cầu được tiếp cận giáo dục có chất lượng; đến năm 2030 đạt 80% và mỗi tỉnh có ít nhất 1 trung tâm công lập.

Đại diện Vụ Giáo dục Tiểu học cho biết hiện mới có khoảng 4.500 giáo viên chuyên trách giáo dục hòa nhập trên cả nước, đạt chưa đến 50% nhu cầu. Bộ đề nghị các địa phương rà soát, bố trí đủ biên chế giáo viên và ưu tiên kinh phí mua sắm thiết bị cho các trung tâm.
"""

SY = period("Năm học 2022-2023", "2022-01-01", "2023-12-31")
NOW = period("Đến nay", end="2023-12-02")
T25 = period("đến năm 2025", end="2025-12-31")
T30 = period("đến năm 2030", end="2030-12-31")
R = "tỷ lệ trẻ khuyết tật đi học"

FIGS = [
    fig("43 tỉnh, thành phố đã có", "43", 43, "count", "tỉnh, thành phố",
        "tỉnh, thành phố đã có trung tâm hỗ trợ phát triển giáo dục hòa nhập"),
    fig("khoảng 1,3 triệu", "1,3", 1.3e6, "count", "trẻ em", "trẻ em khuyết tật từ 2 đến 17 tuổi",
        approx="about", percent=7.3),
    fig("từ 2 đến 17 tuổi", "2", 2, "measure", "tuổi", value_max=17, optional=True),
    fig("là 754.216 em", "754.216", 754216, "count", "em", "trẻ khuyết tật đi học", SY),
    fig("702.530 em", "702.530", 702530, "count", "em", "trẻ khuyết tật học hòa nhập", SY, total=754216),
    fig("51.686 em", "51.686", 51686, "count", "em", "trẻ khuyết tật học tại các cơ sở chuyên biệt", SY,
        total=754216),
    fig("đạt 88,5%", "88,5", 88.5, "percent", "%", R + " ở cấp tiểu học", inh(SY)),
    fig("và 67,2%", "67,2", 67.2, "percent", "%", R + " ở cấp trung học cơ sở", inh(SY)),
    fig("đạt 33,7%", "33,7", 33.7, "percent", "%", R + " ở cấp trung học phổ thông", inh(SY)),
    fig("43/63", "43", 43, "count", "tỉnh, thành phố",
        "tỉnh, thành phố đã thành lập trung tâm hỗ trợ phát triển giáo dục hòa nhập", NOW, total=63),
    fig("98 trung tâm", "98", 98, "count", "trung tâm", "trung tâm hỗ trợ phát triển giáo dục hòa nhập", NOW),
    fig("(20 trung tâm", "20", 20, "count", "trung tâm", "trung tâm hỗ trợ phát triển giáo dục hòa nhập công lập",
        NOW, total=98),
    fig("78 trung tâm", "78", 78, "count", "trung tâm", "trung tâm hỗ trợ phát triển giáo dục hòa nhập tư thục",
        NOW, total=98),
    fig("145 tỷ đồng", "145", 145e9, "money", "đồng",
        "ngân sách trung ương bố trí cho các hoạt động hỗ trợ giáo dục người khuyết tật",
        period("Năm 2023", "2023-01-01", "2023-12-31"),
        change=change("increase", 1.5, "lần", "năm 2022")),
    fig("có 70% trẻ", "70", 70, "percent", "%",
        "trẻ em khuyết tật có nhu cầu được tiếp cận giáo dục có chất lượng", T25, status="target"),
    fig("đạt 80%", "80", 80, "percent", "%",
        "trẻ em khuyết tật có nhu cầu được tiếp cận giáo dục có chất lượng", T30, status="target"),
    fig("ít nhất 1 trung tâm", "1", 1, "count", "trung tâm", "trung tâm công lập mỗi tỉnh", T30,
        approx="at_least", status="target"),
    fig("khoảng 4.500 giáo viên", "4.500", 4500, "count", "giáo viên", "giáo viên chuyên trách giáo dục hòa nhập",
        approx="about", percent=50),
]

NOTES = [
    "Bộ GD&ĐT site: national inclusive-education figures on the eve of Ngày Quốc tế người khuyết tật 3/12 (2023).",
    "Ministry site: breadcrumb, 'Ngày đăng: 02/12/2023 09:30' (published). All figures national -> location Việt Nam.",
    "Not figures: '3/12' (the day's name), Quyết định số 1438/QĐ-TTg ngày 29/10/2018, Thông tư số 03/2018/TT-BGDĐT.",
    "'từ 2 đến 17 tuổi' is an age bracket (optional, as shared h11/h24 treat 'dưới 5 tuổi', 'dưới 1 tuổi').",
    "'Năm học 2022-2023' read as the year span 2022-01-01..2023-12-31 (spec's 'giai đoạn' rule; no school-year rule).",
    "'(20 … và 78 …)' adds up to 98 -> totals. 'tăng 1,5 lần so với năm 2022' -> change in lần. 'Đến nay' ends at the dateline.",
    "'đạt chưa đến 50% nhu cầu' after a count is its percent (value 50; the 'chưa đến' qualifier has no slot).",
    "'đến năm 2030 đạt 80% và mỗi tỉnh có ít nhất 1 …' continues the 'mục tiêu' clause -> target.",
]

if __name__ == "__main__":
    write("p698-4", TEXT, NOTES, FIGS, published="2023-12-02", location="Việt Nam")
