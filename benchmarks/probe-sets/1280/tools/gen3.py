"""p1280-3: ministry site (Bộ NN&PTNT, Cục Quản lý đê điều và PCTT): regional roundup of the October 2024 spring tide."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Phòng, chống thiên tai

Triều cường vượt báo động III tại nhiều trạm vùng Đồng bằng sông Cửu Long

21/10/2024 | 10:15 | Cục Quản lý đê điều và Phòng, chống thiên tai

Theo Văn phòng thường trực Ban Chỉ đạo quốc gia về phòng, chống thiên tai, trong đợt triều cường từ ngày 16 đến 20/10/2024, mực nước đỉnh triều tại các trạm trên sông Tiền, sông Hậu vượt mức báo động III từ 0,1 đến 0,35 m. Mực nước cao nhất ghi nhận tại trạm Cần Thơ (TP Cần Thơ) 2,35 m; trạm Mỹ Thuận (Vĩnh Long) 2,08 m; trạm Mỹ Tho (Tiền Giang) 1,92 m; trạm Đại Ngãi (Sóc Trăng) 2,21 m.

Triều cường gây ngập tại 11 đô thị của 7 tỉnh, thành phố. Tổng số nhà bị ngập khoảng 9.600 căn, tăng 35% so với đợt triều cường tháng 10/2023; diện tích lúa và hoa màu bị ảnh hưởng 2.140 ha, bằng 70% cùng kỳ; 38 km đê bao bị tràn, sạt lở. Thiệt hại ước tính 46 tỷ đồng, riêng TP Cần Thơ 18,5 tỷ đồng, chiếm 40,2%.

Các địa phương đã huy động trên 6.800 người, 230 máy bơm; vận hành 4 cống lớn của hệ thống thủy lợi Cái Lớn - Cái Bé để ngăn triều. Toàn vùng hiện có 1.523 km đê bao chống triều. Hệ thống này mới đáp ứng khoảng 60% nhu cầu chống ngập của các đô thị ven sông.

Trung tâm Dự báo khí tượng thủy văn quốc gia dự báo, trong đợt triều cường từ ngày 15 đến 19/11/2024, mực nước cao nhất tại trạm Cần Thơ có thể đạt 2,30-2,40 m, tại trạm Mỹ Thuận 2,05-2,15 m. Cấp độ rủi ro thiên tai do nước dâng: cấp 1.

Bộ đề nghị UBND các tỉnh thực hiện nghiêm Công điện số 08/CĐ-BNN-ĐĐ ngày 18/10/2024, kiểm tra các tuyến đê bao xung yếu, bố trí lực lượng ứng trực tại chỗ.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

EV = per("từ ngày 16 đến 20/10/2024", "2024-10-16", "2024-10-20")
FC = per("từ ngày 15 đến 19/11/2024", "2024-11-15", "2024-11-19")
LV = "mực nước cao nhất"

FIGS = [
    fig("từ 0,1 đến 0,35 m", "0,1", 0.1, "measure", "m", value_max=0.35,
        subject="mực nước đỉnh triều vượt mức báo động III", period=EV),
    fig("Cần Thơ) 2,35 m", "2,35", 2.35, "measure", "m", subject=LV + " tại trạm Cần Thơ",
        period=inh(EV), location="Cần Thơ"),
    fig("Long) 2,08 m", "2,08", 2.08, "measure", "m", subject=LV + " tại trạm Mỹ Thuận",
        period=inh(EV), location="Vĩnh Long"),
    fig("Giang) 1,92 m", "1,92", 1.92, "measure", "m", subject=LV + " tại trạm Mỹ Tho",
        period=inh(EV), location="Tiền Giang"),
    fig("Trăng) 2,21 m", "2,21", 2.21, "measure", "m", subject=LV + " tại trạm Đại Ngãi",
        period=inh(EV), location="Sóc Trăng"),
    fig("tại 11 đô thị", "11", 11, "count", "đô thị", subject="đô thị bị ngập do triều cường", period=inh(EV)),
    fig("của 7 tỉnh", "7", 7, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có đô thị bị ngập",
        period=inh(EV), location="Việt Nam"),
    fig("khoảng 9.600 căn", "9.600", 9600, "count", "căn", approx="about",
        change=chg("increase", 35, "%", "đợt triều cường tháng 10/2023"),
        subject="tổng số nhà bị ngập", period=inh(EV)),
    fig("2.140 ha", "2.140", 2140, "measure", "ha", percent=70,
        subject="diện tích lúa và hoa màu bị ảnh hưởng", period=inh(EV)),
    fig("38 km", "38", 38, "measure", "km", subject="đê bao bị tràn, sạt lở", period=inh(EV)),
    fig("ước tính 46 tỷ", "46", 46e9, "money", "đồng", status="estimate", subject="thiệt hại", period=inh(EV)),
    fig("18,5 tỷ", "18,5", 18.5e9, "money", "đồng", status="estimate", percent=40.2,
        subject="thiệt hại", period=inh(EV), location="Cần Thơ"),
    fig("trên 6.800 người", "6.800", 6800, "count", "người", approx="over",
        subject="người các địa phương huy động"),
    fig("230 máy bơm", "230", 230, "count", "máy bơm", subject="máy bơm huy động"),
    fig("vận hành 4 cống", "4", 4, "count", "cống", subject="cống lớn vận hành để ngăn triều"),
    fig("1.523 km", "1.523", 1523, "measure", "km", subject="đê bao chống triều toàn vùng"),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="mức đáp ứng nhu cầu chống ngập của các đô thị ven sông của hệ thống đê bao"),
    fig("2,30-2,40 m", "2,30", 2.30, "measure", "m", value_max=2.40, status="forecast",
        subject=LV + " tại trạm Cần Thơ", period=FC, location="Cần Thơ"),
    fig("2,05-2,15 m", "2,05", 2.05, "measure", "m", value_max=2.15, status="forecast",
        subject=LV + " tại trạm Mỹ Thuận", period=FC, location="Vĩnh Long"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '21/10/2024 | 10:15 | Cục Quản lý đê điều và Phòng, chống thiên tai', address footer.",
    "Distractors: 'báo động III', 'tháng 10/2023' (baseline), 'Cái Lớn - Cái Bé', 'cấp 1' (risk level), 'Công điện số 08/CĐ-BNN-ĐĐ ngày 18/10/2024', 'Số 2 Ngọc Hà', 10:15.",
    "Location: the region's figures are 'Đồng bằng sông Cửu Long' (the text names the region; it is neither a province nor the country).",
    "Station list: each station's province stands in brackets → location; subject = list indicator + station. The Mỹ Thuận forecast takes",
    "Vĩnh Long from the bracket of the previous paragraph. 'riêng TP Cần Thơ 18,5 tỷ đồng, chiếm 40,2%' → Cần Thơ, percent 40,2, estimate",
    "(continues 'ước tính'); 'riêng' is not a part-of cue: no total. 'bằng 70% cùng kỳ' → percent attribute of 2.140 ha.",
    "'Hệ thống này mới đáp ứng khoảng 60% nhu cầu …' is a share in its own sentence: a percent figure.",
    "revised after the first run: '7 tỉnh, thành phố' location 'Đồng bằng sông Cửu Long' → 'Việt Nam': the spec lists 'a count of",
    "provinces' among the national figures.",
    "Periods: the event period stands in the first sentence only; the rest of the event figures inherit it (not scored).",
]

if __name__ == "__main__":
    write("p1280-3", TEXT, NOTES, FIGS, published="2024-10-21", location="Đồng bằng sông Cửu Long")
