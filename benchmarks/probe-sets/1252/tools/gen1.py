"""p1252-1: province portal (Bắc Ninh): independent childcare groups, workers' children, support under Nghị định 105."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Bắc Ninh: Hơn 21.000 trẻ được trông giữ tại nhóm trẻ độc lập

Cập nhật: 14/11/2024 08:45 | Lượt xem: 1.862

Theo Sở Giáo dục và Đào tạo, tính đến ngày 31/10/2024, toàn tỉnh có 412 nhóm trẻ, lớp mẫu giáo độc lập tư thục, tăng 27 nhóm, lớp so với cùng kỳ năm 2023; trong đó 286 nhóm, lớp nằm ở các xã, phường có khu công nghiệp. Các cơ sở này đang nuôi dạy 21.350 trẻ, trong đó con công nhân, người lao động làm việc tại các khu công nghiệp chiếm 78,4%.

Nhóm trẻ độc lập tập trung nhiều nhất tại huyện Yên Phong (94 nhóm), thành phố Từ Sơn (71 nhóm) và huyện Quế Võ (58 nhóm), nơi có các khu công nghiệp Yên Phong II-C, VSIP Bắc Ninh, Quế Võ III. Tỷ lệ nhóm trẻ độc lập được cấp phép hoạt động đạt 91,5%, cao hơn 4,2% so với năm 2023.

Thực hiện Nghị định số 105/2020/NĐ-CP của Chính phủ, 9 tháng đầu năm 2024, tỉnh đã chi hơn 18,6 tỷ đồng hỗ trợ trẻ em là con công nhân và giáo viên tại các nhóm trẻ độc lập, bằng 82% dự toán năm. Mức hỗ trợ là 160.000 đồng/trẻ/tháng đối với trẻ em và 800.000 đồng/người/tháng đối với giáo viên. Có 9.740 trẻ và 1.126 giáo viên được hưởng chính sách.

Năm 2025, tỉnh phấn đấu 100% nhóm trẻ độc lập được cấp phép và có camera giám sát; dự kiến xây mới 6 trường mầm non công lập tại các xã có đông công nhân với tổng kinh phí khoảng 240 tỷ đồng, tạo thêm từ 2.500 đến 3.000 chỗ học.

Tin liên quan:
- Bắc Ninh tổng kết năm học 2023-2024 khối giáo dục mầm non
- Khai giảng lớp bồi dưỡng cán bộ quản lý trường mầm non khóa 3
"""

ASOF = per("tính đến ngày 31/10/2024", end="2024-10-31")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Hơn 21.000 trẻ", "21.000", 21000, "count", "trẻ", approx="over",
        subject="trẻ được trông giữ tại nhóm trẻ độc lập"),
    fig("có 412 nhóm trẻ", "412", 412, "count", "nhóm trẻ, lớp mẫu giáo",
        change=chg("increase", 27, "nhóm, lớp", "cùng kỳ năm 2023"),
        subject="nhóm trẻ, lớp mẫu giáo độc lập tư thục", period=ASOF),
    fig("trong đó 286 nhóm", "286", 286, "count", "nhóm, lớp", total=412,
        subject="nhóm, lớp nằm ở các xã, phường có khu công nghiệp", period=ASOF),
    fig("nuôi dạy 21.350 trẻ", "21.350", 21350, "count", "trẻ",
        subject="trẻ các cơ sở đang nuôi dạy", period=inh(ASOF)),
    fig("chiếm 78,4%", "78,4", 78.4, "percent", "%",
        subject="con công nhân, người lao động làm việc tại các khu công nghiệp trong số trẻ",
        period=inh(ASOF)),
    fig("(94 nhóm)", "94", 94, "count", "nhóm", subject="nhóm trẻ độc lập", location="Yên Phong"),
    fig("(71 nhóm)", "71", 71, "count", "nhóm", subject="nhóm trẻ độc lập", location="Từ Sơn"),
    fig("(58 nhóm)", "58", 58, "count", "nhóm", subject="nhóm trẻ độc lập", location="Quế Võ"),
    fig("đạt 91,5%", "91,5", 91.5, "percent", "%", change=chg("increase", 4.2, "%", "năm 2023"),
        subject="tỷ lệ nhóm trẻ độc lập được cấp phép hoạt động"),
    fig("hơn 18,6 tỷ", "18,6", 18.6e9, "money", "đồng", approx="over", percent=82,
        subject="kinh phí chi hỗ trợ trẻ em là con công nhân và giáo viên tại các nhóm trẻ độc lập",
        period=NINE),
    fig("160.000 đồng/trẻ/tháng", "160.000", 160000, "money", "đồng/trẻ/tháng",
        subject="mức hỗ trợ đối với trẻ em"),
    fig("800.000 đồng/người/tháng", "800.000", 800000, "money", "đồng/người/tháng",
        subject="mức hỗ trợ đối với giáo viên"),
    fig("Có 9.740 trẻ", "9.740", 9740, "count", "trẻ", subject="trẻ được hưởng chính sách",
        period=inh(NINE)),
    fig("1.126 giáo viên", "1.126", 1126, "count", "giáo viên", subject="giáo viên được hưởng chính sách",
        period=inh(NINE)),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="nhóm trẻ độc lập được cấp phép và có camera giám sát", period=Y25),
    fig("xây mới 6 trường", "6", 6, "count", "trường", status="forecast",
        subject="trường mầm non công lập xây mới", period=Y25),
    fig("khoảng 240 tỷ", "240", 240e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí xây mới trường mầm non công lập", period=Y25),
    fig("từ 2.500 đến 3.000", "2.500", 2500, "count", "chỗ học", value_max=3000, status="forecast",
        subject="chỗ học tạo thêm", period=Y25),
]

NOTES = [
    "Province portal (Bắc Ninh): independent childcare groups (nhóm trẻ độc lập), workers' children, support under Nghị định 105.",
    "Breadcrumb, 'Cập nhật: 14/11/2024 08:45 | Lượt xem: 1.862', related links. Distractors: 08:45, 1.862, Nghị định số 105/2020/NĐ-CP,",
    "'Yên Phong II-C', 'Quế Võ III', 'năm học 2023-2024' and 'khóa 3' in related links.",
    "'tăng 27 nhóm, lớp so với cùng kỳ năm 2023' is the change of 412; '286 nhóm, lớp' after 'trong đó' takes total 412.",
    "'trong đó con công nhân ... chiếm 78,4%': the part has no number of its own, so the share is a percent figure.",
    "District list: each item located in its district (Yên Phong, Từ Sơn, Quế Võ); subject = the list's indicator; no total (no cue).",
    "'cao hơn 4,2% so với năm 2023' is the change of the 91,5% level (not a growth rate as the claim). No period stated (the baseline",
    "implies 2024, not a period phrase), so none is annotated.",
    "'bằng 82% dự toán năm' → percent 82 of 18,6 tỷ. Standing support rates have no period.",
    "'Năm 2025, tỉnh phấn đấu ...; dự kiến ...': 100% is target; the clause after ';' has its own cue 'dự kiến' → forecast. Period 2025 for all.",
]

if __name__ == "__main__":
    write("p1252-1", TEXT, NOTES, FIGS, published="2024-11-14", location="Bắc Ninh")
