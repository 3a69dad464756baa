from lib import *

TEXT = """UBND TỈNH HƯNG YÊN
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới 9 tháng năm 2024

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Về đạt chuẩn
Tính đến ngày 30/9/2024, toàn tỉnh có 139/139 xã đạt chuẩn NTM; 72 xã đạt chuẩn NTM nâng cao, đạt 51,8%; 21 xã đạt chuẩn NTM kiểu mẫu; 9/10 huyện, thị xã, thành phố hoàn thành nhiệm vụ xây dựng NTM.

Bảng 1. Kết quả theo một số huyện
Huyện | Số xã | Xã NTM nâng cao | Xã NTM kiểu mẫu | Thu nhập BQ năm 2023 (triệu đồng/người)
Văn Lâm | 9 | 7 | 3 | 78,4
Yên Mỹ | 16 | 10 | 2 | 75,1
Khoái Châu | 24 | 11 | 4 | 68,9
Phù Cừ | 13 | 5 | 1 | 61,7

2. Về nguồn lực
9 tháng năm 2024, tổng vốn huy động thực hiện Chương trình đạt 2.856,4 tỷ đồng, bằng 76,3% kế hoạch năm, tăng 12,4% so với cùng kỳ. Trong đó, ngân sách trung ương 96,5 tỷ đồng; ngân sách tỉnh 842,7 tỷ đồng; ngân sách huyện, xã 1.305,2 tỷ đồng; doanh nghiệp và nhân dân đóng góp 612 tỷ đồng. Giải ngân vốn ngân sách trung ương đạt 61,2 tỷ đồng, bằng 63,4% kế hoạch.

3. Về thu nhập, giảm nghèo
Thu nhập bình quân khu vực nông thôn năm 2024 ước đạt 76,5 triệu đồng/người. Tỷ lệ hộ nghèo đa chiều còn 1,28%, giảm 0,41 điểm phần trăm so với cuối năm 2023.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến hết năm 2024 có thêm 8 xã đạt chuẩn NTM nâng cao, 5 xã đạt chuẩn NTM kiểu mẫu; giải ngân 100% vốn ngân sách trung ương được giao.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT.
"""

ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TY23 = Y("năm 2023", 2023)
END24 = P("đến hết năm 2024", end="2024-12-31")
VON = 2856.4e9

ROWS = [("Văn Lâm", "9", "7", "3", "78,4"), ("Yên Mỹ", "16", "10", "2", "75,1"),
        ("Khoái Châu", "24", "11", "4", "68,9"), ("Phù Cừ", "13", "5", "1", "61,7")]
COLS = ["Số xã", "Xã NTM nâng cao", "Xã NTM kiểu mẫu"]

TABLE = []
for name, *cells in ROWS:
    line = f"{name} | " + " | ".join(cells)
    for i, c in enumerate(cells):
        # anchor: the cell with its neighbours, unique in the text
        left = name if i == 0 else cells[i - 1]
        if i < 3:
            TABLE.append(F(f"{left} | {c} |", c, int(c), "count", "xã", COLS[i], location=name))
        else:
            TABLE.append(F(f"| {left} | {c}", c, parse_num(c) * 1e6, "money", "đồng/người", "Thu nhập BQ", TY23,
                           location=name))

FIGS = [
    F("có 139/139 xã", "139", 139, "count", "xã", "xã đạt chuẩn NTM", ASOF, total=139),
    F("; 72 xã", "72", 72, "count", "xã", "xã đạt chuẩn NTM nâng cao", ASOF, percent=51.8),
    F("; 21 xã", "21", 21, "count", "xã", "xã đạt chuẩn NTM kiểu mẫu", ASOF),
    F("; 9/10 huyện", "9", 9, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố hoàn thành nhiệm vụ xây dựng NTM", ASOF, total=10),
    *TABLE,
    F("đạt 2.856,4 tỷ", "2.856,4", VON, "money", "đồng", "tổng vốn huy động thực hiện Chương trình", M9,
      percent=76.3, change=CH("increase", 12.4, "%", "cùng kỳ")),
    F("trung ương 96,5 tỷ", "96,5", 96.5e9, "money", "đồng", "ngân sách trung ương", I(M9), total=VON),
    F("tỉnh 842,7 tỷ", "842,7", 842.7e9, "money", "đồng", "ngân sách tỉnh", I(M9), total=VON),
    F("xã 1.305,2 tỷ", "1.305,2", 1305.2e9, "money", "đồng", "ngân sách huyện, xã", I(M9), total=VON),
    F("góp 612 tỷ", "612", 612e9, "money", "đồng", "doanh nghiệp và nhân dân đóng góp", I(M9), total=VON),
    F("đạt 61,2 tỷ", "61,2", 61.2e9, "money", "đồng", "Giải ngân vốn ngân sách trung ương", I(M9), percent=63.4),
    F("ước đạt 76,5 triệu", "76,5", 76.5e6, "money", "đồng/người", "Thu nhập bình quân khu vực nông thôn",
      Y("năm 2024", 2024), status="estimate"),
    F("còn 1,28%", "1,28", 1.28, "percent", "%", "Tỷ lệ hộ nghèo đa chiều",
      change=CH("decrease", 0.41, "điểm phần trăm", "cuối năm 2023")),
    F("thêm 8 xã", "8", 8, "count", "xã", "xã đạt chuẩn NTM nâng cao", END24, status="target"),
    F(", 5 xã", "5", 5, "count", "xã", "xã đạt chuẩn NTM kiểu mẫu", END24, status="target"),
    F("giải ngân 100%", "100", 100, "percent", "%", "giải ngân vốn ngân sách trung ương được giao", END24, status="target"),
]

COMMENTS = [
    "Formal report UBND tỉnh Hưng Yên, Số: 186/BC-UBND, 'Hưng Yên, ngày 08 tháng 10 năm 2024': NTM 9 tháng năm 2024.",
    "Flattened '|' table by district: every numeric cell is a figure; the row label (a district) is the location, the column label the",
    "subject; income column header gives 'triệu đồng/người' and 'năm 2023' (scored). Count cells have no period in their header (none).",
    "Section numbers I., II., 1., 2., 3., 'Bảng 1', 'Số: 186/BC-UBND', 'QUÝ IV/2024' heading are not figures.",
    "'bằng 76,3% kế hoạch năm' is the share of 2.856,4 tỷ; the four sources after 'Trong đó' (new sentence) add up to it (total).",
    "'giảm 0,41 điểm phần trăm so với cuối năm 2023' is the change of the 1,28% level. 'Phấn đấu đến hết năm 2024' targets: as-of end 2024.",
]

if __name__ == "__main__":
    emit("p490-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hưng Yên")
