"""p803-3: Hà Giang formal report (Sở VHTTDL), mobile cinema 9 months 2023, flattened | table."""
from lib import F, P, I, C, emit

TEXT = """
UBND TỈNH HÀ GIANG
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 287/BC-SVHTTDL

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 05 tháng 10 năm 2023

BÁO CÁO
Kết quả công tác chiếu phim lưu động 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động chiếu phim
Thực hiện Kế hoạch số 45/KH-SVHTTDL ngày 10/02/2023, 9 tháng năm 2023, 6 đội chiếu phim lưu động của Trung tâm Văn hóa, Điện ảnh tỉnh đã tổ chức 1.046 buổi chiếu, đạt 79,2% kế hoạch năm, phục vụ khoảng 152.400 lượt người xem. Kết quả tại 4 huyện vùng cao núi đá như sau:

Đơn vị tính: buổi; lượt người
Huyện | Số buổi chiếu | Lượt người xem | Buổi lồng tiếng dân tộc
Mèo Vạc | 214 | 31.250 | 118
Đồng Văn | 198 | 29.640 | 105
Yên Minh | 176 | 24.180 | 87
Quản Bạ | 152 | 20.930 | 64
Tổng cộng | 740 | 106.000 | 374

2. Công tác tuyên truyền
Các đội đã lồng ghép tuyên truyền tại 412 buổi chiếu về phòng, chống dịch bệnh và xây dựng nông thôn mới; phát 3.500 tờ rơi, treo 96 băng rôn, khẩu hiệu. Tỷ lệ buổi chiếu tại các xã đặc biệt khó khăn đạt 68%, cao hơn 5 điểm phần trăm so với cùng kỳ.

3. Kinh phí
Tổng kinh phí thực hiện 9 tháng là 2,46 tỷ đồng, trong đó chi nhiên liệu, vận chuyển 1,12 tỷ đồng; mức bồi dưỡng chiếu phim 115.000 đồng/buổi theo Quyết định số 17/2021/QĐ-UBND.

II. NHIỆM VỤ QUÝ IV/2023
1. Phấn đấu tổ chức thêm 275 buổi chiếu, nâng tổng số cả năm lên 1.321 buổi.
2. Dự kiến sử dụng 850 triệu đồng để thay thế 3 máy phát điện đã hư hỏng.
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q4 = P("QUÝ IV/2023", "2023-10-01", "2023-12-31")
ROWS = [("Mèo Vạc", "214", "31.250", "118"), ("Đồng Văn", "198", "29.640", "105"),
        ("Yên Minh", "176", "24.180", "87"), ("Quản Bạ", "152", "20.930", "64"),
        ("Tổng cộng", "740", "106.000", "374")]
COLS = [("Số buổi chiếu", "buổi"), ("Lượt người xem", "lượt người"), ("Buổi lồng tiếng dân tộc", "buổi")]


def table():
    out = []
    for label, *cells in ROWS:
        line = f"{label} | " + " | ".join(cells)
        place = "Hà Giang" if label == "Tổng cộng" else label
        pre = f"{label} | "
        for i, (cell, (col, unit)) in enumerate(zip(cells, COLS)):
            anchor = pre + " | ".join(cells[: i + 1])
            val = float(cell.replace(".", ""))
            subj = col + (" tổng cộng 4 huyện" if label == "Tổng cộng" else "")
            out.append(F(anchor, cell, val, "count", unit, subj, I(M9), location=place))
        assert line
    return out


FIGS = [
    F("9 tháng năm 2023, 6 đội", "6", 6, "count", "đội chiếu phim lưu động", "đội chiếu phim lưu động của Trung tâm", M9),
    F("tổ chức 1.046 buổi", "1.046", 1046, "count", "buổi chiếu", "buổi chiếu phim lưu động", M9, percent=79.2),
    F("khoảng 152.400 lượt", "152.400", 152400, "count", "lượt người xem", "lượt người xem phim lưu động", M9,
      approx="about"),
    F("tại 4 huyện", "4", 4, "count", "huyện", "huyện vùng cao núi đá nêu kết quả", optional=True),
] + table() + [
    F("tại 412 buổi", "412", 412, "count", "buổi chiếu",
      "buổi chiếu lồng ghép tuyên truyền phòng, chống dịch bệnh và xây dựng nông thôn mới", I(M9)),
    F("phát 3.500 tờ rơi", "3.500", 3500, "count", "tờ rơi", "tờ rơi tuyên truyền đã phát", I(M9)),
    F("treo 96 băng rôn", "96", 96, "count", "băng rôn, khẩu hiệu", "băng rôn, khẩu hiệu đã treo", I(M9)),
    F("đạt 68%", "68", 68, "percent", "%", "tỷ lệ buổi chiếu tại các xã đặc biệt khó khăn", I(M9),
      change=C("increase", 5, "điểm phần trăm", "cùng kỳ")),
    F("là 2,46 tỷ đồng", "2,46", 2.46e9, "money", "đồng", "tổng kinh phí thực hiện chiếu phim lưu động",
      P("9 tháng", "2023-01-01", "2023-09-30")),
    F("vận chuyển 1,12 tỷ đồng", "1,12", 1.12e9, "money", "đồng", "chi nhiên liệu, vận chuyển",
      P("9 tháng", "2023-01-01", "2023-09-30"), total=2.46e9),
    F("115.000 đồng/buổi", "115.000", 115000, "money", "đồng/buổi", "mức bồi dưỡng chiếu phim"),
    F("thêm 275 buổi", "275", 275, "count", "buổi chiếu", "buổi chiếu tổ chức thêm", I(Q4), status="target"),
    F("lên 1.321 buổi", "1.321", 1321, "count", "buổi", "tổng số buổi chiếu cả năm",
      P("cả năm", "2023-01-01", "2023-12-31"), status="target"),
    F("sử dụng 850 triệu đồng", "850", 850e6, "money", "đồng", "kinh phí thay thế máy phát điện", I(Q4),
      status="forecast"),
    F("thay thế 3 máy", "3", 3, "count", "máy phát điện", "máy phát điện hư hỏng cần thay thế", I(Q4),
      status="forecast"),
]

NOTES = [
    "Formal report of Sở VHTTDL Hà Giang, 'Số: 287/BC-SVHTTDL', 'Hà Giang, ngày 05 tháng 10 năm 2023' (published).",
    "Flattened | table by district under 'Đơn vị tính: buổi; lượt người'. Each numeric cell is a figure; subject = column label,",
    "district -> location; the 'Tổng cộng' row is its own figure (location Hà Giang), table cells get no totals.",
    "Table period comes from the paragraph above (9 tháng năm 2023): inherited. '4 huyện' introducing the table is optional.",
    "'đạt 79,2% kế hoạch năm' -> percent of 1.046; '68% ..., cao hơn 5 điểm phần trăm so với cùng kỳ' -> change of 68%.",
    "Section II 'NHIỆM VỤ QUÝ IV/2023' gives inherited quý IV to items 1-2; 'Phấn đấu' -> target, 'Dự kiến' -> forecast.",
    "Distractors: Số 287/BC-SVHTTDL, Kế hoạch số 45/KH-SVHTTDL ngày 10/02/2023, Quyết định số 17/2021/QĐ-UBND, section numbers.",
]

if __name__ == "__main__":
    emit("p803-3", TEXT, NOTES, FIGS, published="2023-10-05", location="Hà Giang")
