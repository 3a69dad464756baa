from lib import F, P, build

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN KRÔNG NĂNG
Số: 418/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Krông Năng, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Kế hoạch tái canh cà phê 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích tái canh
Thực hiện Kế hoạch số 96/KH-UBND ngày 15/01/2024 của UBND huyện, kết quả tái canh cà phê 9 tháng năm 2024 như sau:

Đơn vị tính: ha
Hạng mục | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với KH (%)
Trồng tái canh | 850 | 702,5 | 82,6
Ghép cải tạo | 350 | 318 | 90,9
Cộng | 1.200 | 1.020,5 | 85,0

Trong quý III/2024, toàn huyện trồng tái canh được 415 ha, chiếm 59,1% diện tích trồng tái canh 9 tháng, do thời tiết thuận lợi, tổng lượng mưa đạt khoảng 1.100 mm.

2. Giống và vốn
Các cơ sở trên địa bàn đã cung ứng 1,32 triệu cây giống thực sinh và 186.000 chồi ghép; 100% cây giống được kiểm tra nguồn gốc. Tổng vốn đầu tư cho tái canh ước đạt 143,6 tỷ đồng, trong đó vốn vay ngân hàng 98,2 tỷ đồng (chiếm 68,4%), vốn tự có của hộ 45,4 tỷ đồng. Có 726 hộ được vay vốn, mức vay từ 50 đến 200 triệu đồng/hộ.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu hoàn thành 100% kế hoạch năm; tiếp tục hướng dẫn 11 xã, 1 thị trấn chăm sóc vườn tái canh. Liên hệ: Phòng NN&PTNT huyện, ĐT: 0262.3570.215.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở NN&PTNT;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Y Suôn Niê
"""

plan = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
m9 = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
m9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
q4i = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)

def row(label, subj, cells):
    (pa, pn, pv), (ra, rn, rv), (sa, sn, sv) = cells
    return [
        F(pa, pn, pv, "measure", "ha", f"diện tích {subj} kế hoạch năm 2024", status="target", period=plan),
        F(ra, rn, rv, "measure", "ha", f"diện tích {subj} thực hiện 9 tháng", period=m9),
        F(sa, sn, sv, "percent", "%", f"tỷ lệ {subj} so với kế hoạch", period=m9i),
    ]

FIGS = (
    row("Trồng tái canh", "trồng tái canh", [("tái canh | 850 |", "850", 850), ("| 702,5 |", "702,5", 702.5),
                                              ("| 82,6\n", "82,6", 82.6)])
    + row("Ghép cải tạo", "ghép cải tạo", [("cải tạo | 350 |", "350", 350), ("| 318 |", "318", 318),
                                           ("| 90,9\n", "90,9", 90.9)])
    + row("Cộng", "cộng", [("Cộng | 1.200 |", "1.200", 1200), ("| 1.020,5 |", "1.020,5", 1020.5),
                            ("| 85,0\n", "85,0", 85)])
    + [
        F("được 415 ha", "415", 415, "measure", "ha", "diện tích trồng tái canh", percent=59.1, period=q3),
        F("khoảng 1.100 mm", "1.100", 1100, "measure", "mm", "tổng lượng mưa", approx="about", period=q3),
        F("cung ứng 1,32 triệu cây", "1,32", 1320000, "count", "cây giống", "cây giống thực sinh cung ứng", period=m9i),
        F("và 186.000 chồi ghép", "186.000", 186000, "count", "chồi ghép", "chồi ghép cung ứng", period=m9i),
        F("; 100% cây giống", "100", 100, "percent", "%", "cây giống được kiểm tra nguồn gốc", period=m9i),
        F("ước đạt 143,6 tỷ đồng", "143,6", 143600000000, "money", "đồng", "tổng vốn đầu tư cho tái canh",
          status="estimate", period=m9i),
        F("ngân hàng 98,2 tỷ đồng", "98,2", 98200000000, "money", "đồng", "vốn vay ngân hàng", total=143600000000,
          percent=68.4, status="estimate", period=m9i),
        F("hộ 45,4 tỷ đồng", "45,4", 45400000000, "money", "đồng", "vốn tự có của hộ", total=143600000000,
          status="estimate", period=m9i),
        F("Có 726 hộ", "726", 726, "count", "hộ", "hộ được vay vốn", period=m9i),
        F("từ 50 đến 200 triệu", "50", 50000000, "money", "đồng/hộ", "mức vay", value_max=200000000, period=m9i),
        F("hoàn thành 100% kế hoạch", "100", 100, "percent", "%", "hoàn thành kế hoạch năm", status="target", period=q4i),
        F("dẫn 11 xã", "11", 11, "count", "xã", optional=True),
        F("xã, 1 thị trấn", "1", 1, "count", "thị trấn", optional=True),
    ]
)

COMMENTS = [
    "Formal report with letterhead (UBND huyện Krông Năng, Đắk Lắk; 'Số: 418/BC-UBND'); the place-and-date line gives published 2024-10-08.",
    "Flattened '|' table, 'Đơn vị tính: ha', last column '(%)': every cell a figure; 'Kế hoạch năm 2024' column = status target with period 2024;",
    "'Thực hiện 9 tháng' column period 2024-01..09 (year from the text); subject = row + column label; no totals for table cells ('Cộng' row is its own figure).",
    "415 ha 'chiếm 59,1% diện tích … 9 tháng': its percent. Section 2 sentences state no period: inherited from '9 tháng năm 2024' (not scored).",
    "'ước đạt 143,6 tỷ đồng, trong đó …' the estimate cue continues into the trong-đó clause: the parts are estimates too; totals 143,6 tỷ.",
    "'Phấn đấu hoàn thành 100% kế hoạch năm' = percent target under the heading 'NHIỆM VỤ QUÝ IV/2024' (inherited). '11 xã, 1 thị trấn' (scope) optional.",
    "Distractors: document number, 'Kế hoạch số 96/KH-UBND ngày 15/01/2024', section numbers, phone 0262.3570.215, 'Lưu: VT, NN', signer.",
]

build("p427-4", TEXT, FIGS, COMMENTS, published="2024-10-08", location="Krông Năng")
