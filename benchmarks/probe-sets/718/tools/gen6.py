"""p718-6: national press (VnExpress style) — health consequences of child and consanguineous marriage, Lào Cai, thalassemia."""
from lib import fig, per, inh, chg, write

TEXT = """Thứ sáu, 1/11/2024, 06:00 (GMT+7)
Sức khỏe

Hệ lụy của tảo hôn và hôn nhân cận huyết ở vùng cao

Nhiều trẻ em gái người Mông ở Lào Cai lấy chồng, sinh con khi còn ở tuổi học trò, kéo theo nguy cơ tử vong mẹ, trẻ sinh nhẹ cân và bệnh di truyền do kết hôn trong họ hàng.

Tại Bệnh viện Sản Nhi tỉnh Lào Cai, 9 tháng năm 2024 tiếp nhận 312 ca sinh ở mẹ dưới 18 tuổi, tăng 8% so với cùng kỳ, chủ yếu là người Mông ở các huyện Si Ma Cai, Bắc Hà, Mường Khương. Bác sĩ Vàng A Sử, Phó trưởng khoa Sơ sinh, cho biết khoảng 30% trẻ do các bà mẹ tuổi vị thành niên sinh ra bị nhẹ cân, dưới 2.500 gram. Tỷ lệ tử vong sơ sinh ở nhóm trẻ này cao gấp 2-3 lần so với trẻ do mẹ từ đủ 20 tuổi sinh ra.

Theo Tổng cục Thống kê, tỷ suất sinh ở phụ nữ 15-19 tuổi trong vùng dân tộc thiểu số năm 2023 là 48 trẻ/1.000 phụ nữ, cao gấp 1,9 lần bình quân cả nước.

Hôn nhân cận huyết thống, vẫn còn ở một số dân tộc như Lô Lô, Hà Nhì, Phù Lá, làm tăng nguy cơ sinh con mắc bệnh di truyền. Tỷ lệ mang gen bệnh tan máu bẩm sinh (thalassemia) ở một số dân tộc thiểu số miền núi phía Bắc từ 20 đến 40%, trong khi ở người Kinh khoảng 2-4%. Cả nước hiện có khoảng 13 triệu người mang gen bệnh, mỗi năm có thêm khoảng 8.000 trẻ sinh ra bị bệnh, trong đó gần 2.000 trẻ mắc thể nặng.

Tại Lào Cai, sau 3 năm thực hiện Tiểu dự án 2 Dự án 9, số cặp tảo hôn giảm từ 286 cặp năm 2021 xuống 174 cặp năm 2023; tỉnh đặt mục tiêu năm 2025 còn dưới 120 cặp. Tỉnh cũng duy trì 35 điểm tư vấn, khám sức khỏe tiền hôn nhân miễn phí tại trạm y tế xã.

Thanh Lam
"""

L = "Lào Cai"
VN = "Việt Nam"
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    fig("tiếp nhận 312 ca sinh", "312", 312, "count", "ca sinh",
        change=chg("increase", 8, "%", "cùng kỳ"),
        subject="ca sinh ở mẹ dưới 18 tuổi tiếp nhận tại Bệnh viện Sản Nhi tỉnh", period=M9, location=L),
    fig("mẹ dưới 18 tuổi", "18", 18, "measure", "tuổi", approx="under", optional=True, location=L),
    fig("khoảng 30% trẻ", "30", 30, "percent", "%", approx="about",
        subject="trẻ do các bà mẹ tuổi vị thành niên sinh ra bị nhẹ cân", period=inh(M9), location=L),
    fig("dưới 2.500 gram", "2.500", 2500, "measure", "gram", approx="under", optional=True, location=L),
    fig("gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3,
        subject="Tỷ lệ tử vong sơ sinh ở nhóm trẻ do mẹ tuổi vị thành niên sinh ra so với trẻ do mẹ từ đủ 20 tuổi sinh ra",
        location=L),
    fig("từ đủ 20 tuổi", "20", 20, "measure", "tuổi", approx="at_least", optional=True, location=L),
    fig("phụ nữ 15-19 tuổi", "15", 15, "measure", "tuổi", value_max=19, optional=True, location=VN),
    fig("là 48 trẻ/1.000 phụ nữ", "48", 48, "measure", "trẻ/1.000 phụ nữ",
        change=chg("increase", 1.9, "lần", "bình quân cả nước"),
        subject="tỷ suất sinh ở phụ nữ 15-19 tuổi trong vùng dân tộc thiểu số",
        period=per("năm 2023", "2023-01-01", "2023-12-31"), location=VN),
    fig("từ 20 đến 40%", "20", 20, "percent", "%", value_max=40,
        subject="Tỷ lệ mang gen bệnh tan máu bẩm sinh (thalassemia) ở một số dân tộc thiểu số miền núi phía Bắc",
        location=VN),
    fig("khoảng 2-4%", "2", 2, "percent", "%", value_max=4, approx="about",
        subject="Tỷ lệ mang gen bệnh tan máu bẩm sinh ở người Kinh", location=VN),
    fig("khoảng 13 triệu người", "13", 13000000, "count", "người", approx="about",
        subject="người mang gen bệnh", location=VN),
    fig("khoảng 8.000 trẻ", "8.000", 8000, "count", "trẻ", approx="about",
        subject="trẻ sinh ra bị bệnh mỗi năm", location=VN),
    fig("gần 2.000 trẻ", "2.000", 2000, "count", "trẻ", approx="nearly", total=8000,
        subject="trẻ mắc thể nặng", location=VN),
    fig("từ 286 cặp", "286", 286, "count", "cặp", subject="cặp tảo hôn",
        period=per("năm 2021", "2021-01-01", "2021-12-31"), location=L),
    fig("xuống 174 cặp", "174", 174, "count", "cặp", subject="cặp tảo hôn",
        period=per("năm 2023", "2023-01-01", "2023-12-31"), location=L),
    fig("dưới 120 cặp", "120", 120, "count", "cặp", approx="under", status="target",
        subject="cặp tảo hôn", period=per("năm 2025", "2025-01-01", "2025-12-31"), location=L),
    fig("duy trì 35 điểm", "35", 35, "count", "điểm",
        subject="điểm tư vấn, khám sức khỏe tiền hôn nhân miễn phí tại trạm y tế xã", location=L),
]

NOTES = [
    "National press (VnExpress style, 'Thứ sáu, 1/11/2024, 06:00 (GMT+7)'): health effects of tảo hôn and hôn nhân cận huyết; Lào Cai.",
    "Lào Cai hospital and province figures -> Lào Cai; GSO, thalassemia and 'cả nước' figures -> Việt Nam (the regional rate",
    "'miền núi phía Bắc' is a national statistic; no province). 'cao gấp 1,9 lần bình quân cả nước' after 48 trẻ/1.000 phụ nữ is its",
    "change; 'cao gấp 2-3 lần' standing alone is a multiple. Ages and '2.500 gram' are thresholds: optional.",
    "'sau 3 năm', 'Tiểu dự án 2 Dự án 9', '(GMT+7)' are not figures. 'mục tiêu năm 2025 còn dưới 120 cặp' -> target, year 2025.",
]

if __name__ == "__main__":
    write("p718-6", TEXT, NOTES, FIGS, published="2024-11-01")
