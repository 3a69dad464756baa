"""p535-4: ministry site (Bộ GTVT), national seaport cargo 9 months 2024."""
from lib import fig, per, inh, ch, tg, emit

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hàng hải
Ngày đăng: 14/10/2024 | Lượt xem: 2.063

Hàng hóa qua cảng biển 9 tháng năm 2024 đạt gần 650 triệu tấn

Theo Cục Hàng hải Việt Nam, tổng khối lượng hàng hóa thông qua cảng biển 9 tháng năm 2024 ước đạt 649,9 triệu tấn, tăng 16% so với cùng kỳ năm 2023. Trong đó, hàng xuất khẩu đạt 148,7 triệu tấn, tăng 10%; hàng nhập khẩu đạt 180,6 triệu tấn, tăng 14%; hàng nội địa đạt 219,1 triệu tấn, tăng 6%; hàng quá cảnh đạt 101,5 triệu tấn, tăng 57%.

Khối lượng hàng container ước đạt 22,5 triệu TEU, tăng 21% so với cùng kỳ. Một số khu vực có lượng hàng container tăng cao như Hải Phòng (tăng 18%), Bà Rịa - Vũng Tàu (tăng 26%) và TP. Hồ Chí Minh (tăng 12%).

Lượt tàu thuyền vào, rời cảng biển đạt 232.450 lượt, tăng 9,4%, trong đó tàu thuyền nước ngoài đạt 88.310 lượt.

Cũng trong 9 tháng, tổng số phí, lệ phí hàng hải thu được đạt 2.861 tỷ đồng, bằng 86,7% kế hoạch năm.

Hiện cả nước có 296 bến cảng với tổng chiều dài cầu cảng gần 107 km; trong đó có 7 bến cảng có thể tiếp nhận tàu container trọng tải 200.000 tấn.

Theo Quy hoạch tổng thể phát triển hệ thống cảng biển thời kỳ 2021 - 2030 (Quyết định số 1579/QĐ-TTg), đến năm 2030 hàng hóa thông qua cảng biển dự báo đạt từ 1.140 đến 1.423 triệu tấn; hàng container từ 38 đến 47 triệu TEU.

Liên hệ: Cục Hàng hải Việt Nam, số 8 Phạm Hùng, Cầu Giấy, Hà Nội. Đường dây nóng: 024.3768.3191
"""

P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
IP9 = inh(P9)
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("đạt gần 650 triệu tấn", "650", 650e6, "measure", "tấn", "hàng hóa qua cảng biển", P9, approx="nearly"),
    fig("ước đạt 649,9 triệu tấn", "649,9", 649.9e6, "measure", "tấn",
        "tổng khối lượng hàng hóa thông qua cảng biển", P9,
        change=ch("increase", 16, baseline="cùng kỳ năm 2023"), status="estimate"),
    fig("đạt 148,7 triệu tấn", "148,7", 148.7e6, "measure", "tấn", "hàng xuất khẩu", IP9,
        total=649.9e6, change=ch("increase", 10), status="estimate"),
    fig("đạt 180,6 triệu tấn", "180,6", 180.6e6, "measure", "tấn", "hàng nhập khẩu", IP9,
        total=649.9e6, change=ch("increase", 14), status="estimate"),
    fig("đạt 219,1 triệu tấn", "219,1", 219.1e6, "measure", "tấn", "hàng nội địa", IP9,
        total=649.9e6, change=ch("increase", 6), status="estimate"),
    fig("đạt 101,5 triệu tấn", "101,5", 101.5e6, "measure", "tấn", "hàng quá cảnh", IP9,
        total=649.9e6, change=ch("increase", 57), status="estimate"),
    fig("ước đạt 22,5 triệu TEU", "22,5", 22.5e6, "measure", "TEU", "khối lượng hàng container", IP9,
        change=ch("increase", 21, baseline="cùng kỳ"), status="estimate"),
    fig("Hải Phòng (tăng 18%)", "18", 18, "percent", "%", "tốc độ tăng lượng hàng container", location="Hải Phòng"),
    fig("Bà Rịa - Vũng Tàu (tăng 26%)", "26", 26, "percent", "%", "tốc độ tăng lượng hàng container",
        location="Bà Rịa - Vũng Tàu"),
    fig("Hồ Chí Minh (tăng 12%)", "12", 12, "percent", "%", "tốc độ tăng lượng hàng container",
        location="Hồ Chí Minh"),
    fig("đạt 232.450 lượt", "232.450", 232450, "count", "lượt", "lượt tàu thuyền vào, rời cảng biển", IP9,
        change=ch("increase", 9.4)),
    fig("đạt 88.310 lượt", "88.310", 88310, "count", "lượt", "lượt tàu thuyền nước ngoài vào, rời cảng biển", IP9,
        total=232450),
    fig("đạt 2.861 tỷ đồng", "2.861", 2861e9, "money", "đồng", "tổng số phí, lệ phí hàng hải thu được",
        per("trong 9 tháng", "2024-01-01", "2024-09-30"), percent=86.7),
    fig("có 296 bến cảng", "296", 296, "count", "bến cảng", "bến cảng"),
    fig("gần 107 km", "107", 107, "measure", "km", "tổng chiều dài cầu cảng", approx="nearly"),
    fig("có 7 bến cảng", "7", 7, "count", "bến cảng",
        "bến cảng có thể tiếp nhận tàu container trọng tải 200.000 tấn", total=296),
    fig("trọng tải 200.000 tấn", "200.000", 200000, "measure", "tấn", "trọng tải tàu container", optional=True),
    fig("từ 1.140 đến 1.423 triệu tấn", "1.140", 1140e6, "measure", "tấn",
        "hàng hóa thông qua cảng biển", T30, value_max=1423e6, status="forecast"),
    fig("từ 38 đến 47 triệu TEU", "38", 38e6, "measure", "TEU", "hàng container", T30,
        value_max=47e6, status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT Bộ GTVT: hàng hóa qua cảng biển 9 tháng năm 2024 (Cục Hàng hải Việt Nam) — national figures, location Việt Nam.",
    "Dateline 'Ngày đăng: 14/10/2024 | Lượt xem: 2.063' (the counter is furniture). QĐ 1579/QĐ-TTg, 'thời kỳ 2021 - 2030', address, hotline: not figures.",
    "The 'Trong đó' parts (xuất khẩu, nhập khẩu, nội địa, quá cảnh) add up to 649,9 triệu tấn and share the lead's 'ước' (estimate, cf. h28).",
    "Regional container growth 'Hải Phòng (tăng 18%)' items are growth rates as the claim: percent figures, no change, province in location.",
    "Master-plan volumes 'đến năm 2030 ... dự báo đạt' take the explicit 'dự báo' cue: forecast (not target).",
    "'trọng tải 200.000 tấn' is a ship-size label: optional.",
]

if __name__ == "__main__":
    emit("p535-4", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Việt Nam")
