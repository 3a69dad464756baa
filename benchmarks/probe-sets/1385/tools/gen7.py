"""p1385-7: department site (Sở NN&PTNT Khánh Hòa), no dateline; one-cell-per-line table by locality."""
from lib import fig, per, inh, chg, tgt, write, num

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KHÁNH HÒA
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp | Liên hệ

Kết quả sản xuất muối năm 2024

Năm 2024, diện tích sản xuất muối toàn tỉnh là 628 ha, trong đó thị xã Ninh Hòa 512 ha. Do nắng nóng kéo dài, sản lượng muối đạt 79.500 tấn, tăng 6% so với năm 2023, bằng 108,4% kế hoạch.

Sản lượng muối phân theo địa phương
Đơn vị tính: tấn
Địa phương
Năm 2023
Năm 2024
So với cùng kỳ (%)
Thị xã Ninh Hòa
62.400
66.850
107,1
Thành phố Cam Ranh
9.850
10.120
102,7
Huyện Vạn Ninh
2.750
2.530
92,0
Tổng cộng
75.000
79.500
106,0

Giá muối bình quân năm 2024 đạt 1.700 đồng/kg, tăng khoảng 300 đồng/kg so với năm trước. Thu nhập bình quân của diêm dân vùng muối Hòn Khói (thị xã Ninh Hòa) ước đạt 5,2 triệu đồng/người/tháng. Toàn tỉnh có 5 hợp tác xã muối với 1.350 thành viên; 2 hợp tác xã có sản phẩm được công nhận OCOP 3 sao.

Năm 2025, ngành nông nghiệp phấn đấu giữ ổn định diện tích khoảng 620 ha, sản lượng từ 75.000 đến 80.000 tấn; hỗ trợ diêm dân cải tạo 40 ha ô kết tinh theo Kế hoạch số 215/KH-SNN.

Tin cùng chuyên mục:
- Hướng dẫn phòng chống thiên tai vụ muối 2024-2025
- Tập huấn kỹ thuật sản xuất muối sạch lần thứ 2

Bản quyền thuộc Sở Nông nghiệp và Phát triển nông thôn tỉnh Khánh Hòa
Địa chỉ: 04 Phan Chu Trinh, phường Xương Huân, TP Nha Trang
Điện thoại: 0258.3822.494
Lượt truy cập: 1.208.774
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NH = "Ninh Hòa"

ROWS = [("Thị xã Ninh Hòa", "Ninh Hòa", ["62.400", "66.850", "107,1"]),
        ("Thành phố Cam Ranh", "Cam Ranh", ["9.850", "10.120", "102,7"]),
        ("Huyện Vạn Ninh", "Vạn Ninh", ["2.750", "2.530", "92,0"]),
        ("Tổng cộng", None, ["75.000", "79.500", "106,0"])]
CELLS = []
for label, loc, nums in ROWS:
    prev = label
    for i, n in enumerate(nums):
        kw = {"location": loc} if loc else {}
        pre = "" if loc else "tổng cộng "
        a = f"{prev}\n{n}"
        if i < 2:
            col = ["năm 2023", "năm 2024"][i]
            CELLS.append(fig(a, n, num(n), "measure", "tấn", subject=f"{pre}sản lượng muối {col}",
                             period=[C23, C24][i], **kw))
        else:
            CELLS.append(fig(a, n, num(n), "percent", "%", subject=f"{pre}sản lượng muối so với cùng kỳ", **kw))
        prev = n

FIGS = [
    fig("là 628 ha", "628", 628, "measure", "ha", subject="diện tích sản xuất muối toàn tỉnh", period=Y24),
    fig("Ninh Hòa 512 ha", "512", 512, "measure", "ha", total=628, subject="diện tích sản xuất muối",
        period=Y24, location=NH),
    fig("đạt 79.500 tấn", "79.500", 79500, "measure", "tấn", percent=108.4,
        change=chg("increase", 6, "%", "năm 2023"), subject="sản lượng muối", period=inh(Y24)),
] + CELLS + [
    fig("đạt 1.700", "1.700", 1700, "money", "đồng/kg",
        change=chg("increase", 300, "đồng/kg", "năm trước", approx="about"),
        subject="giá muối bình quân", period=Y24b),
    fig("ước đạt 5,2 triệu", "5,2", 5.2e6, "money", "đồng/người/tháng", status="estimate",
        subject="thu nhập bình quân của diêm dân vùng muối Hòn Khói", period=inh(Y24b), location=NH),
    fig("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã", subject="hợp tác xã muối"),
    fig("với 1.350 thành viên", "1.350", 1350, "count", "thành viên", subject="thành viên hợp tác xã muối"),
    fig("2 hợp tác xã", "2", 2, "count", "hợp tác xã",
        subject="hợp tác xã có sản phẩm được công nhận OCOP 3 sao"),
    fig("khoảng 620 ha", "620", 620, "measure", "ha", approx="about", status="target",
        subject="diện tích sản xuất muối", period=Y25),
    fig("từ 75.000 đến 80.000", "75.000", 75000, "measure", "tấn", value_max=80000, status="target",
        subject="sản lượng muối", period=Y25),
    fig("cải tạo 40 ha", "40", 40, "measure", "ha", status="target",
        subject="ô kết tinh diêm dân được hỗ trợ cải tạo", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Khánh Hòa), no dateline: menu, 'Tin cùng chuyên mục', copyright, address, phone, 'Lượt truy cập'.",
    "Distractors: '04 Phan Chu Trinh', phone 0258.3822.494, 'Lượt truy cập: 1.208.774', 'OCOP 3 sao', 'lần thứ 2',",
    "Kế hoạch số 215/KH-SNN, 'vụ muối 2024-2025' in a link title. published = none.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; locality rows → location (Ninh Hòa, Cam Ranh, Vạn Ninh), 'Tổng cộng' → Khánh Hòa;",
    "'Năm 2023'/'Năm 2024' columns give periods (scored); 'So với cùng kỳ (%)' cells are percent figures (unit from the header), no period.",
    "'trong đó thị xã Ninh Hòa 512 ha' → total 628, location Ninh Hòa. 'bằng 108,4% kế hoạch' → percent attribute of 79.500 tấn.",
    "'2 hợp tác xã có sản phẩm … OCOP 3 sao' after ';' has no cue ('trong đó', 'gồm', ':'), so no total 5.",
    "Hòn Khói (thị xã Ninh Hòa) → income located in Ninh Hòa; 'ước đạt' → estimate; period 'năm 2024' from the previous sentence.",
    "'Năm 2025, … phấn đấu' governs the whole sentence → target for 620 ha, 75.000-80.000 tấn, 40 ha.",
]

if __name__ == "__main__":
    write("p1385-7", TEXT, NOTES, FIGS, location="Khánh Hòa")
