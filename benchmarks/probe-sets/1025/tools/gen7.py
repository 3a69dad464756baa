"""p1025-7: Chi cục Thủy lợi Nam Định (department site, no dateline) — water intake through coastal gates, spring 2024;
one-cell-per-line table."""
from lib import F, build, change, inherit, period

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NAM ĐỊNH
CHI CỤC THỦY LỢI
Trang chủ » Tin tức » Phòng, chống thiên tai

Kết quả lấy nước đổ ải vụ Xuân qua các cống vùng ven biển

Đợt lấy nước đổ ải phục vụ gieo cấy vụ Xuân trên địa bàn tỉnh Nam Định diễn ra từ ngày 15/1 đến ngày 26/1/2024. Do mực nước triều thấp và mặn xâm nhập sâu trên sông Hồng, sông Ninh Cơ, độ mặn tại nhiều cống vùng ven biển có thời điểm trên 5‰; Chi cục đã yêu cầu các đơn vị chỉ mở cống khi độ mặn dưới 1‰.

Kết quả lấy nước tại các huyện ven biển như sau:
Huyện
Số cống lấy nước
Độ mặn lớn nhất (‰)
Thời gian mở cống (giờ)
Diện tích đổ ải (ha)
Giao Thủy
18
3,8
86
15.240
Hải Hậu
24
2,9
102
19.870
Nghĩa Hưng
21
4,6
74
16.350
Tổng cộng
63
4,6
262
51.460

Tổng lượng nước lấy vào hệ thống ước đạt khoảng 265 triệu m3, đáp ứng đủ nước cho 100% diện tích cần đổ ải. Tổng thời gian mở cống là 262 giờ, giảm 38 giờ so với vụ Xuân năm trước. Toàn tỉnh dự kiến gieo cấy 71.500 ha lúa Xuân, xong trước ngày 15/2.

Năm 2024, tỉnh bố trí 68,5 tỷ đồng tu bổ 12 cống dưới đê biển, đê cửa sông; phấn đấu đến năm 2025 nâng cấp xong 100% cống xung yếu.

Chi cục Thủy lợi Nam Định - Địa chỉ: số 6 Trần Nhật Duật, TP Nam Định
Điện thoại: 0228.3649.515 | Email: ccthuyloi@namdinh.gov.vn
Lượt truy cập: 356.128 | Đang trực tuyến: 27
"""

WIN = period("từ ngày 15/1 đến ngày 26/1/2024", "2024-01-15", "2024-01-26")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")

COLS = [("count", "cống", "số cống lấy nước"), ("measure", "‰", "độ mặn lớn nhất"),
        ("measure", "giờ", "thời gian mở cống"), ("measure", "ha", "diện tích đổ ải")]
ROWS = [("Giao Thủy", ["18", "3,8", "86", "15.240"]), ("Hải Hậu", ["24", "2,9", "102", "19.870"]),
        ("Nghĩa Hưng", ["21", "4,6", "74", "16.350"]), ("Tổng cộng", ["63", "4,6", "262", "51.460"])]


def val(s):
    return float(s.replace(".", "").replace(",", "."))


def table_figs():
    out = []
    for place, cells in ROWS:
        loc = "Nam Định" if place == "Tổng cộng" else place
        for i, (cell, (kind, unit, subj)) in enumerate(zip(cells, COLS)):
            # anchor: the row label and the cells up to this one, one per line
            anchor = "\n".join([place] + cells[:i + 1]) + "\n"
            out.append(F(anchor, cell, val(cell), kind, unit, subj, inherit(WIN), location=loc))
    return out


FIGS = [
    F("trên 5‰", "5", 5, "measure", "‰", "độ mặn tại các cống vùng ven biển", inherit(WIN), approx="over"),
    F("dưới 1‰", "1", 1, "measure", "‰", "độ mặn khi mở cống", approx="under", optional=True),
] + table_figs() + [
    F("khoảng 265 triệu m3", "265", 265e6, "measure", "m3", "tổng lượng nước lấy vào hệ thống", inherit(WIN),
      approx="about", status="estimate"),
    F("cho 100% diện tích", "100", 100, "percent", "%", "diện tích cần đổ ải được đáp ứng đủ nước", inherit(WIN),
      status="estimate"),
    F("là 262 giờ", "262", 262, "measure", "giờ", "tổng thời gian mở cống", inherit(WIN),
      change=change("decrease", 38, "giờ", "vụ Xuân năm trước")),
    F("gieo cấy 71.500 ha", "71.500", 71500, "measure", "ha", "diện tích lúa Xuân gieo cấy", status="forecast"),
    F("bố trí 68,5 tỷ đồng", "68,5", 68.5e9, "money", "đồng", "kinh phí tu bổ cống dưới đê", Y24),
    F("tu bổ 12 cống", "12", 12, "count", "cống", "cống dưới đê biển, đê cửa sông được tu bổ", Y24),
    F("xong 100% cống", "100", 100, "percent", "%", "cống xung yếu được nâng cấp", T25, status="target"),
]

META = {
    "location": "Nam Định",
    "comments": [
        "p1025-7: department site (Chi cục Thủy lợi Nam Định), no dateline; footer address, phone, 'Lượt truy cập: 356.128'.",
        "One-cell-per-line table: header cells, then per district the label and 4 cells; 'Tổng cộng' row is its own figure (Nam Định).",
        "Units from the headers ('(‰)', '(giờ)', '(ha)', 'Số cống' → cống); the period is the intake window stated above (inherited).",
        "'đáp ứng đủ nước cho 100% diện tích' is its own percent figure (not a share of 265 triệu m3);",
        "revised: its status is 'estimate' — the clause continues 'ước đạt khoảng 265 triệu m3' (FIGURES.md: a cue governs the clauses that continue it).",
        "'giảm 38 giờ so với vụ Xuân năm trước' is the change of 262 giờ. 'xong trước ngày 15/2' is a deadline, no figure.",
        "Distractors: 15/1, 26/1/2024, 15/2, số 6 Trần Nhật Duật, 0228.3649.515, Lượt truy cập 356.128, Đang trực tuyến 27.",
    ],
}

if __name__ == "__main__":
    build(7, TEXT, META, FIGS)
