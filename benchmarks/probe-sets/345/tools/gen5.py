from lib import *

TEXT = """UBND TỈNH THANH HÓA
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Số: 1468/BC-SLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả đưa người lao động đi làm việc ở nước ngoài theo hợp đồng quý III và 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Số lao động đi làm việc ở nước ngoài
Quý III/2024, toàn tỉnh có 2.954 lao động đi làm việc ở nước ngoài, tăng 6,8% so với quý II/2024. Lũy kế 9 tháng năm 2024 đạt 8.117 lao động, bằng 73,8% kế hoạch năm.

Bảng 1. Kết quả theo thị trường
Đơn vị tính: người
Thị trường | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với KH (%)
Nhật Bản | 5.500 | 4.236 | 77,0
Đài Loan (Trung Quốc) | 3.800 | 2.871 | 75,6
Hàn Quốc | 1.200 | 706 | 58,8
Thị trường khác | 500 | 304 | 60,8
Tổng cộng | 11.000 | 8.117 | 73,8

2. Quản lý hoạt động dịch vụ
Trên địa bàn tỉnh có 36 doanh nghiệp và 21 chi nhánh doanh nghiệp hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài. Trong 9 tháng, Sở đã kiểm tra 12 đơn vị, phát hiện 3 đơn vị vi phạm, xử phạt vi phạm hành chính với tổng số tiền 245 triệu đồng.

3. Chính sách hỗ trợ
Trong 9 tháng năm 2024, Chi nhánh NHCSXH tỉnh đã giải ngân cho 1.032 lao động vay vốn với số tiền 98,6 tỷ đồng.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu đưa tối thiểu 2.900 lao động đi làm việc ở nước ngoài để hoàn thành chỉ tiêu 11.000 lao động năm 2024; tổ chức 8 hội nghị tư vấn tại các huyện miền núi.

Nơi nhận:
- Bộ LĐ-TB&XH (Cục QLLĐNN);
- UBND tỉnh;
- Lưu: VT, VLATLĐ.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Minh
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
figs = [
    F("có 2.954 lao động", "2.954", 2954, "count", "lao động", "lao động đi làm việc ở nước ngoài", Q3,
      change=C("increase", 6.8, "%", "quý II/2024")),
    F("đạt 8.117 lao động", "8.117", 8117, "count", "lao động", "lao động đi làm việc ở nước ngoài lũy kế", N9,
      percent=73.8),
]
rows = [("Nhật Bản", "5.500", "4.236", "77,0"), ("Đài Loan (Trung Quốc)", "3.800", "2.871", "75,6"),
        ("Hàn Quốc", "1.200", "706", "58,8"), ("Thị trường khác", "500", "304", "60,8"),
        ("Tổng cộng", "11.000", "8.117", "73,8")]
for label, kh, th, tl in rows:
    lab = label if label != "Tổng cộng" else "tổng cộng các thị trường"
    figs.append(F(f"{label} | {kh} |", kh, parse_num(kh), "count", "người", f"Kế hoạch năm 2024 số lao động {lab}", KH,
                  status="target"))
    figs.append(F(f"{kh} | {th} |", th, parse_num(th), "count", "người", f"số lao động thực hiện 9 tháng {lab}", TH))
    figs.append(F(f"{th} | {tl}\n", tl, parse_num(tl), "percent", "%", f"Tỷ lệ so với KH {lab}", TH))
figs += [
    F("có 36 doanh nghiệp", "36", 36, "count", "doanh nghiệp",
      "doanh nghiệp hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài"),
    F("và 21 chi nhánh", "21", 21, "count", "chi nhánh",
      "chi nhánh doanh nghiệp hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài"),
    F("kiểm tra 12 đơn vị", "12", 12, "count", "đơn vị", "đơn vị được kiểm tra",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("phát hiện 3 đơn vị", "3", 3, "count", "đơn vị", "đơn vị vi phạm",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("tổng số tiền 245 triệu đồng", "245", 245e6, "money", "đồng", "tiền xử phạt vi phạm hành chính",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("cho 1.032 lao động", "1.032", 1032, "count", "lao động", "lao động được vay vốn", N9),
    F("số tiền 98,6 tỷ đồng", "98,6", 98.6e9, "money", "đồng", "vốn cho lao động vay giải ngân", N9),
    F("tối thiểu 2.900 lao động", "2.900", 2900, "count", "lao động", "lao động đi làm việc ở nước ngoài",
      P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True), approx="at_least", status="target"),
    F("chỉ tiêu 11.000 lao động", "11.000", 11000, "count", "lao động", "chỉ tiêu lao động đi làm việc ở nước ngoài",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target", optional=True),
    F("tổ chức 8 hội nghị", "8", 8, "count", "hội nghị", "hội nghị tư vấn tại các huyện miền núi",
      P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True), status="target"),
]
COMMENTS = [
    "Formal report with letterhead (Sở LĐ-TB&XH Thanh Hóa, 'Số: 1468/BC-SLĐTBXH'); 'Thanh Hóa, ngày 08 tháng 10 năm 2024' is its date.",
    "Flattened '|' table, 'Đơn vị tính: người', last column '(%)'. Every numeric cell is a figure; subject = column label + row label",
    "(markets are not places, so they stay in the subject); period from the column header ('Kế hoạch năm 2024' -> 2024, target;",
    "'Thực hiện 9 tháng' -> 9 months of 2024), scored as in h23. No totals for table cells (FIGURES.md gives tables no part-of rule).",
    "'kiểm tra 12 đơn vị, phát hiện 3 đơn vị vi phạm': no part-of cue (trong đó/gồm/trong số), so 3 has no total (as p205 'tiếp nhận …, đã xử lý …').",
    "'bằng 73,8% kế hoạch năm' -> percent of 8.117. Section II heading 'PHƯƠNG HƯỚNG QUÝ IV/2024' gives the targets their period (inherited);",
    "'Phấn đấu' governs the whole sentence (status target). 'chỉ tiêu 11.000 lao động năm 2024' repeats the table's plan total: optional.",
    "Distractors: document number, section numbers I./II./1./2./3., 'Bảng 1', 'Lưu: VT, VLATLĐ', signer, dates.",
]
build(5, TEXT, figs, COMMENTS, published="2024-10-08", location="Thanh Hóa")
