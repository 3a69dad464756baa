"""p505-1: Hà Tĩnh province portal — rural hygienic / clean water, 30/6/2024."""
from lib import emit, fig, per, inh, ch, tg

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Hà Tĩnh: Gần 97% dân số nông thôn được sử dụng nước hợp vệ sinh

Cập nhật: 18/07/2024 10:25
Lượt xem: 3.412

Theo báo cáo của Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh, tính đến ngày 30/6/2024, tỷ lệ dân số nông thôn Hà Tĩnh được sử dụng nước hợp vệ sinh đạt 96,8%, tăng 0,6% so với cuối năm 2023; tỷ lệ sử dụng nước sạch đáp ứng QCVN 01-1:2018/BYT đạt 61,5%.

Toàn tỉnh hiện có 312 công trình cấp nước tập trung nông thôn với tổng công suất thiết kế khoảng 98.500 m³/ngày đêm, cấp nước cho hơn 86.400 hộ dân. Trong đó, 41 công trình do doanh nghiệp quản lý, 188 công trình do UBND xã và hợp tác xã quản lý, 83 công trình do cộng đồng thôn tự quản.

6 tháng đầu năm, tỉnh đã đầu tư xây mới, nâng cấp 14 công trình với tổng kinh phí 126,4 tỷ đồng, đạt 52,3% kế hoạch vốn năm 2024; số hộ đấu nối mới đạt 4.215 hộ, tăng 18,6% so với cùng kỳ năm 2023.

Các địa phương có tỷ lệ dân số nông thôn dùng nước sạch đạt quy chuẩn cao là thị xã Kỳ Anh (82,4%), huyện Thạch Hà (76,1%), Can Lộc (71,9%); thấp nhất là hai huyện miền núi Hương Khê (38,2%) và Vũ Quang (35,7%).

Thực hiện Quyết định số 2145/QĐ-UBND ngày 12/10/2022 của UBND tỉnh, Hà Tĩnh phấn đấu đến năm 2025 có 100% dân số nông thôn được sử dụng nước hợp vệ sinh, trong đó 65% sử dụng nước sạch đạt quy chuẩn với mức tối thiểu 60 lít/người/ngày.

Mọi phản ánh về chất lượng nước sinh hoạt, người dân liên hệ đường dây nóng 0239.3855.126 hoặc trực tiếp tại trụ sở Trung tâm, số 87 đường Hà Huy Tập, TP Hà Tĩnh.
"""

ASOF = per("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")
SUBJ_LIST = "tỷ lệ dân số nông thôn dùng nước sạch đạt quy chuẩn"

FIGS = [
    fig("Gần 97% dân số", "97", 97, "percent", "%", "tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh",
        inh(ASOF), approx="nearly"),
    fig("đạt 96,8%", "96,8", 96.8, "percent", "%", "tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh", ASOF,
        change=ch("increase", 0.6, baseline="cuối năm 2023")),
    fig("đạt 61,5%", "61,5", 61.5, "percent", "%", "tỷ lệ sử dụng nước sạch đáp ứng QCVN", ASOF),
    fig("có 312 công trình", "312", 312, "count", "công trình", "công trình cấp nước tập trung nông thôn"),
    fig("khoảng 98.500 m³/ngày đêm", "98.500", 98500, "measure", "m³/ngày đêm",
        "tổng công suất thiết kế công trình cấp nước tập trung nông thôn", approx="about"),
    fig("hơn 86.400 hộ dân", "86.400", 86400, "count", "hộ", "hộ dân được cấp nước", approx="over"),
    fig("41 công trình", "41", 41, "count", "công trình", "công trình do doanh nghiệp quản lý", total=312),
    fig("188 công trình", "188", 188, "count", "công trình", "công trình do UBND xã và hợp tác xã quản lý", total=312),
    fig("83 công trình", "83", 83, "count", "công trình", "công trình do cộng đồng thôn tự quản", total=312),
    fig("nâng cấp 14 công trình", "14", 14, "count", "công trình", "công trình đầu tư xây mới, nâng cấp", H1),
    fig("126,4 tỷ đồng", "126,4", 126.4e9, "money", "đồng", "tổng kinh phí đầu tư xây mới, nâng cấp công trình", H1,
        percent=52.3),
    fig("đạt 4.215 hộ", "4.215", 4215, "count", "hộ", "số hộ đấu nối mới", H1,
        change=ch("increase", 18.6, baseline="cùng kỳ năm 2023")),
    fig("(82,4%)", "82,4", 82.4, "percent", "%", SUBJ_LIST, inh(ASOF), location="Kỳ Anh"),
    fig("(76,1%)", "76,1", 76.1, "percent", "%", SUBJ_LIST, inh(ASOF), location="Thạch Hà"),
    fig("(71,9%)", "71,9", 71.9, "percent", "%", SUBJ_LIST, inh(ASOF), location="Can Lộc"),
    fig("hai huyện miền núi", "hai", 2, "count", "huyện", "huyện miền núi có tỷ lệ thấp nhất", optional=True),
    fig("(38,2%)", "38,2", 38.2, "percent", "%", SUBJ_LIST, inh(ASOF), location="Hương Khê"),
    fig("(35,7%)", "35,7", 35.7, "percent", "%", SUBJ_LIST, inh(ASOF), location="Vũ Quang"),
    fig("có 100% dân số", "100", 100, "percent", "%", "dân số nông thôn được sử dụng nước hợp vệ sinh", T25,
        status="target"),
    fig("65% sử dụng", "65", 65, "percent", "%", "dân số nông thôn sử dụng nước sạch đạt quy chuẩn", T25,
        status="target"),
    fig("tối thiểu 60 lít/người/ngày", "60", 60, "measure", "lít/người/ngày", "mức sử dụng nước sạch tối thiểu", T25,
        approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Tĩnh (invented): rural hygienic / clean water as of 30/6/2024, water works by manager, H1 investment,",
    "district list, 2025 targets. Breadcrumb, 'Cập nhật: 18/07/2024 10:25' dateline, 'Lượt xem: 3.412' counter.",
    "Not figures: QCVN 01-1:2018/BYT, Quyết định số 2145/QĐ-UBND ngày 12/10/2022, phone 0239.3855.126, 'số 87 đường Hà Huy Tập'.",
    "'tăng 0,6% so với cuối năm 2023' is the change of the 96,8% level. '6 tháng đầu năm' takes 2024 from 'tính đến ngày 30/6/2024'.",
    "41 + 188 + 83 = 312 after 'Trong đó' (across a sentence break): total 312. '65%' after 'trong đó' following '100%' is a share of the",
    "same population, not a part of a counted whole: no total (choice). 'hai huyện miền núi' (the count of the listed districts) optional.",
    "District list items: location = the district, subject = the list's indicator; the headline and list take the lead's as-of period (inherited).",
]

if __name__ == "__main__":
    emit("p505-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Hà Tĩnh")
