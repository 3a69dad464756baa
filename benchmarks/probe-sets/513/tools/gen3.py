"""p513-3: formal report UBND tỉnh Bình Dương, environmental protection 9 months 2024, flattened | table."""
from lib import F, P, inh, CH, TG, emit

TEXT = """UBND TỈNH BÌNH DƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 412/BC-UBND
Bình Dương, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác bảo vệ môi trường 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Thanh tra, kiểm tra và xử lý vi phạm
Trong 9 tháng năm 2024, các cơ quan chức năng đã thực hiện 326 cuộc thanh tra, kiểm tra, đạt 92,4% kế hoạch năm; xử phạt 118 tổ chức, cá nhân vi phạm với tổng số tiền 14,72 tỷ đồng, giảm 8,3% so với cùng kỳ năm 2023. Kết quả theo lĩnh vực như sau:

Bảng 1. Kết quả xử phạt vi phạm hành chính về môi trường 9 tháng năm 2024
Lĩnh vực | Số vụ | Số tiền phạt (triệu đồng)
Xả nước thải vượt quy chuẩn | 64 | 9.835
Khí thải, bụi | 21 | 2.140,5
Quản lý chất thải nguy hại | 27 | 2.296
Không có giấy phép môi trường | 6 | 448,5
Tổng cộng | 118 | 14.720

2. Thu gom, xử lý nước thải
Tính đến ngày 30/9/2024, 29/29 khu công nghiệp đang hoạt động có nhà máy xử lý nước thải tập trung với tổng công suất thiết kế 187.600 m³/ngày đêm; 100% khu công nghiệp đã lắp đặt trạm quan trắc nước thải tự động theo Nghị định số 08/2022/NĐ-CP. Tỷ lệ nước thải đô thị được thu gom, xử lý ước đạt 28,5% (kế hoạch năm 2024 là 30%).

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến trong quý IV, tỉnh đưa vào vận hành Nhà máy xử lý nước thải Thủ Dầu Một giai đoạn 2 công suất 17.650 m³/ngày đêm, nâng tổng công suất xử lý nước thải đô thị lên 135.000 m³/ngày đêm.

Nơi nhận:
- Bộ TN&MT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")

ROWS = [
    ("Xả nước thải vượt quy chuẩn", "| 64 |", "64", 64, "| 9.835", "9.835", 9835e6),
    ("Khí thải, bụi", "| 21 |", "21", 21, "| 2.140,5", "2.140,5", 2140.5e6),
    ("Quản lý chất thải nguy hại", "| 27 |", "27", 27, "| 2.296", "2.296", 2296e6),
    ("Không có giấy phép môi trường", "| 6 |", "6", 6, "| 448,5", "448,5", 448.5e6),
    ("Tổng cộng", "| 118 |", "118", 118, "| 14.720", "14.720", 14720e6),
]

FIGS = [
    F("thực hiện 326 cuộc", "326", 326, "count", "cuộc", "cuộc thanh tra, kiểm tra", M9, percent=92.4),
    F("xử phạt 118 tổ chức", "118", 118, "count", "tổ chức, cá nhân", "tổ chức, cá nhân vi phạm bị xử phạt", M9),
    F("tiền 14,72 tỷ đồng", "14,72", 14.72e9, "money", "đồng", "tổng số tiền xử phạt", M9,
      change=CH("decrease", 8.3, "%", "cùng kỳ năm 2023")),
]
for label, a1, n1, v1, a2, n2, v2 in ROWS:
    FIGS.append(F(a1, n1, v1, "count", "vụ", f"{label} số vụ", inh(M9)))
    FIGS.append(F(a2, n2, v2, "money", "đồng", f"{label} số tiền phạt", inh(M9)))
FIGS += [
    F("29/29 khu công nghiệp", "29", 29, "count", "khu công nghiệp",
      "khu công nghiệp đang hoạt động có nhà máy xử lý nước thải tập trung", AS, total=29),
    F("187.600 m³/ngày đêm", "187.600", 187600, "measure", "m³/ngày đêm",
      "tổng công suất thiết kế nhà máy xử lý nước thải tập trung khu công nghiệp", AS),
    F("100% khu công nghiệp", "100", 100, "percent", "%",
      "khu công nghiệp đã lắp đặt trạm quan trắc nước thải tự động", AS),
    F("ước đạt 28,5%", "28,5", 28.5, "percent", "%", "Tỷ lệ nước thải đô thị được thu gom, xử lý",
      status="estimate", target=TG(30, "%", False)),
    F("17.650 m³/ngày đêm", "17.650", 17650, "measure", "m³/ngày đêm",
      "công suất Nhà máy xử lý nước thải Thủ Dầu Một giai đoạn 2", Q4, status="forecast"),
    F("lên 135.000 m³/ngày đêm", "135.000", 135000, "measure", "m³/ngày đêm",
      "tổng công suất xử lý nước thải đô thị", Q4, status="forecast"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Bình Dương số 412/BC-UBND: kết quả công tác bảo vệ môi trường 9 tháng năm 2024.",
    "Letterhead, place-and-date line 'Bình Dương, ngày 08 tháng 10 năm 2024' = published. Flattened '|' table (Lĩnh vực | Số vụ |",
    "Số tiền phạt (triệu đồng)): every numeric cell is a figure, subject = row label + column label, money ×10^6 from the header;",
    "the period stands in the table's title line (another sentence), so it is marked inherited. No Kế hoạch/Ước column: cells actual.",
    "'đạt 92,4% kế hoạch năm' is the percent of 326 cuộc. 28,5% ước đạt carries the bracketed plan 30% as target (not a figure).",
    "'Dự kiến trong quý IV' makes both capacities forecast; quý IV takes 2024. 'giai đoạn 2', 'Số: 412/BC-UBND', 'Nghị định số",
    "08/2022/NĐ-CP', section numbers and 'Bảng 1' are not figures.",
]

if __name__ == "__main__":
    emit("p513-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bình Dương")
