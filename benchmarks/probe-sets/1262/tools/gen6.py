"""p1262-6: department site (Sở NN&PTNT Đắk Nông), no dateline, one-cell-per-line table by crop."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐẮK NÔNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo | Thủ tục hành chính | Liên hệ

Đắk Nông đẩy mạnh tưới tiết kiệm nước cho cây trồng chủ lực

Năm 2024, diện tích cây trồng được tưới tiết kiệm nước trên địa bàn tỉnh ước đạt 27.600 ha, tăng 13,3% so với năm 2023, chiếm khoảng 8,9% tổng diện tích cây lâu năm. Huyện Đắk Mil hiện có diện tích lớn nhất với 6.850 ha; huyện Cư Jút đứng thứ hai với 4.120 ha.

Diện tích tưới tiết kiệm nước phân theo cây trồng
Đơn vị tính: ha
Cây trồng
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số
24.350
27.600
30.000
Cà phê
15.200
16.900
18.000
Hồ tiêu
5.450
5.800
6.000
Sầu riêng, cây ăn quả
3.700
4.900
6.000

Theo Chi cục Trồng trọt và Bảo vệ thực vật, tưới nhỏ giọt cho cà phê chỉ cần khoảng 1.100 m3/ha/năm, bằng 45% lượng nước tưới gốc truyền thống. Từ năm 2021 đến nay, tỉnh đã hỗ trợ 2.460 hộ lắp đặt hệ thống tưới nhỏ giọt, tưới phun mưa với tổng kinh phí 38,7 tỷ đồng; năm 2025 dự kiến hỗ trợ thêm khoảng 500 hộ tại các huyện Đắk Song, Tuy Đức và Đắk Glong.

Tin liên quan:
- Hội nghị tổng kết sản xuất vụ Đông Xuân 2023-2024
- Hướng dẫn thực hiện Kế hoạch số 215/KH-UBND về phòng, chống hạn

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐẮK NÔNG
Địa chỉ: Số 12 đường 23/3, phường Nghĩa Đức, TP Gia Nghĩa, tỉnh Đắk Nông
Điện thoại: 0261.3544.226 - Fax: 0261.3544.227
Lượt truy cập: 1.204.557 | Đang trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SINCE = per("Từ năm 2021 đến nay", "2021-01-01", None)
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = [
    ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
    ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
]
ROWS = [("Tổng số", ["24.350", "27.600", "30.000"]), ("Cà phê", ["15.200", "16.900", "18.000"]),
        ("Hồ tiêu", ["5.450", "5.800", "6.000"]), ("Sầu riêng, cây ăn quả", ["3.700", "4.900", "6.000"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            out.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "measure", "ha",
                           subject=f"diện tích tưới tiết kiệm nước {label.lower()} {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("ước đạt 27.600 ha", "27.600", 27600, "measure", "ha", status="estimate", percent=8.9,
        change=chg("increase", 13.3, "%", "năm 2023"),
        subject="diện tích cây trồng được tưới tiết kiệm nước", period=Y24),
    fig("với 6.850 ha", "6.850", 6850, "measure", "ha",
        subject="diện tích cây trồng được tưới tiết kiệm nước", location="Đắk Mil"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="diện tích cây trồng được tưới tiết kiệm nước", location="Cư Jút"),
    fig("với 4.120 ha", "4.120", 4120, "measure", "ha",
        subject="diện tích cây trồng được tưới tiết kiệm nước", location="Cư Jút"),
] + cells() + [
    fig("khoảng 1.100 m3", "1.100", 1100, "measure", "m3/ha/năm", approx="about", percent=45,
        subject="lượng nước tưới nhỏ giọt cho cà phê"),
    fig("hỗ trợ 2.460 hộ", "2.460", 2460, "count", "hộ",
        subject="hộ được hỗ trợ lắp đặt hệ thống tưới nhỏ giọt, tưới phun mưa", period=SINCE),
    fig("phí 38,7 tỷ", "38,7", 38.7e9, "money", "đồng",
        subject="tổng kinh phí hỗ trợ", period=SINCE),
    fig("khoảng 500 hộ", "500", 500, "count", "hộ", approx="about", status="forecast",
        subject="hộ được hỗ trợ thêm", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Đắk Nông), no dateline: menu, related links, footer address, phone/fax, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'vụ Đông Xuân 2023-2024', 'Kế hoạch số 215/KH-UBND', 'đường 23/3', phone and fax, counters 1.204.557 and 52.",
    "One-cell-per-line table, 'Đơn vị tính: ha', 'Tổng số' row first; subject = caption indicator + row + column label; period from the",
    "column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "'Huyện Đắk Mil hiện có ... 6.850 ha; huyện Cư Jút đứng thứ hai với 4.120 ha': a new sentence with 'hiện', so actual and no period;",
    "the district is the location (rank 2 'thứ hai' is located in Cư Jút, as the shared gold locates ranks in the ranked place).",
    "'khoảng 1.100 m3/ha/năm, bằng 45% lượng nước tưới gốc' → percent 45. 'Từ năm 2021 đến nay' with no dateline: start 2021-01-01, end null.",
    "'năm 2025 dự kiến hỗ trợ thêm khoảng 500 hộ' → forecast, about, period năm 2025 (same sentence, after ';').",
]

if __name__ == "__main__":
    write("p1262-6", TEXT, NOTES, FIGS, location="Đắk Nông")
