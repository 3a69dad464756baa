"""p1428-7: department site (Sở NN&PTNT Khánh Hòa), no dateline, one-cell-per-line table of area by locality."""
from lib import fig, per, chg, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KHÁNH HÒA
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Phát triển nuôi trồng rong nho theo hướng bền vững

Năm 2024, diện tích nuôi rong nho toàn tỉnh ước đạt 172 ha, tăng 7,5% so với năm 2023, trong đó TP Cam Ranh 79 ha, chiếm 45,9%, thị xã Ninh Hòa đứng thứ hai với 41 ha.

Diện tích nuôi trồng rong nho phân theo địa phương
Đơn vị tính: ha
Địa phương
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Cam Ranh
74
79
85
Thị xã Ninh Hòa
38
41
45
Huyện Vạn Ninh
36
39
42
Huyện Cam Lâm
12
13
15
Tổng số
160
172
187

Năng suất rong nho bình quân toàn tỉnh đạt 10,2 tấn/ha/năm; các mô hình ao lót bạt dùng nước biển bơm qua bể lọc cho năng suất cao hơn 20-25%. Toàn tỉnh có 9 sản phẩm rong nho đạt chứng nhận OCOP, gồm 7 sản phẩm 3 sao và 2 sản phẩm 4 sao.

Mục tiêu đến năm 2030, diện tích nuôi rong nho của tỉnh đạt 250 ha, trong đó ít nhất 50% diện tích nuôi theo quy trình VietGAP; giá trị sản xuất đạt trên 300 tỷ đồng/năm.

Tin cùng chuyên mục:
- Hướng dẫn kỹ thuật nuôi rong nho trong ao lót bạt
- Thông báo lịch thả giống vụ Xuân Hè

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KHÁNH HÒA
Địa chỉ: Số 04 Phan Chu Trinh, phường Xương Huân, TP Nha Trang
Điện thoại: 0258.3822.145
Lượt truy cập: 1.204.377 | Đang online: 25
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
COLS = {
    "năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
    "ước thực hiện 2024": (per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
}
ROWS = [("TP Cam Ranh", "Cam Ranh", ["74", "79", "85"]),
        ("Thị xã Ninh Hòa", "Ninh Hòa", ["38", "41", "45"]),
        ("Huyện Vạn Ninh", "Vạn Ninh", ["36", "39", "42"]),
        ("Huyện Cam Lâm", "Cam Lâm", ["12", "13", "15"]),
        ("Tổng số", "Khánh Hòa", ["160", "172", "187"])]


def cells():
    out = []
    for label, loc, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            period, status = COLS[col]
            kw = {"location": loc}
            if status:
                kw["status"] = status
            subj = f"diện tích nuôi trồng rong nho {col}"
            if label == "Tổng số":
                subj = f"tổng số diện tích nuôi trồng rong nho {col}"
            out.append(fig(f"{prev}\n{n}", n, float(n), "measure", "ha", subject=subj, period=period, **kw))
            prev = n
    return out


FIGS = [
    fig("ước đạt 172 ha", "172", 172, "measure", "ha", status="estimate",
        change=chg("increase", 7.5, "%", "năm 2023"), subject="diện tích nuôi rong nho toàn tỉnh", period=Y24),
    fig("Cam Ranh 79 ha", "79", 79, "measure", "ha", total=172, percent=45.9, status="estimate",
        subject="diện tích nuôi rong nho", period=Y24, location="Cam Ranh"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", status="estimate",
        subject="diện tích nuôi rong nho", period=Y24, location="Ninh Hòa"),
    fig("với 41 ha", "41", 41, "measure", "ha", total=172, status="estimate",
        subject="diện tích nuôi rong nho", period=Y24, location="Ninh Hòa"),
] + cells() + [
    fig("đạt 10,2 tấn", "10,2", 10.2, "measure", "tấn/ha/năm", subject="năng suất rong nho bình quân toàn tỉnh"),
    fig("cao hơn 20-25%", "20", 20, "percent", "%", value_max=25,
        subject="năng suất của các mô hình ao lót bạt cao hơn"),
    fig("có 9 sản phẩm", "9", 9, "count", "sản phẩm", subject="sản phẩm rong nho đạt chứng nhận OCOP"),
    fig("gồm 7 sản phẩm", "7", 7, "count", "sản phẩm", total=9, subject="sản phẩm rong nho OCOP 3 sao"),
    fig("và 2 sản phẩm", "2", 2, "count", "sản phẩm", total=9, subject="sản phẩm rong nho OCOP 4 sao"),
    fig("đạt 250 ha", "250", 250, "measure", "ha", status="target",
        subject="diện tích nuôi rong nho của tỉnh", period=TO30),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ diện tích nuôi theo quy trình VietGAP", period=TO30),
    fig("trên 300 tỷ", "300", 300e9, "money", "đồng/năm", approx="over", status="target",
        subject="giá trị sản xuất rong nho", period=TO30),
]

NOTES = [
    "Department site (Sở NN&PTNT Khánh Hòa), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Số 04 Phan Chu Trinh', phone 0258.3822.145, counters 1.204.377 and 25, 'OCOP ... 3 sao'/'4 sao' (ratings, like service levels).",
    "First sentence: 'trong đó' parts (Cam Ranh 79 ha, Ninh Hòa 41 ha) take the whole 172 ha and its estimate status;",
    "'chiếm 45,9%' is the percent of 79 ha; 'đứng thứ hai' (number word) is Ninh Hòa's rank, in the same estimate clause chain.",
    "One-cell-per-line table, 'Đơn vị tính: ha': localities go to location (Tổng số row: Khánh Hòa); period and status from the",
    "column headers ('Ước thực hiện 2024' estimate, 'Kế hoạch 2025' target); cells get no total.",
    "'cao hơn 20-25%' with no base amount is a percent figure of its own. 'gồm 7 ... và 2 ...' parts of 9 sản phẩm.",
    "'Mục tiêu đến năm 2030' governs the ';' clause too: all three target; 'trên 300 tỷ đồng/năm' unit đồng/năm.",
]

if __name__ == "__main__":
    write("p1428-7", TEXT, NOTES, FIGS, location="Khánh Hòa")
