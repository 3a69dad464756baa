from lib import F, P, Y, C, TG, build

T = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
TRUNG TÂM VĂN HÓA - ĐIỆN ẢNH TỈNH LAI CHÂU
Số: 86/BC-TTVHĐA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lai Châu, ngày 28 tháng 6 năm 2024

BÁO CÁO
Kết quả hoạt động 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2024

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024
1. Kết quả thực hiện các chỉ tiêu
Thực hiện Kế hoạch số 15/KH-TTVHĐA ngày 10/01/2024, Trung tâm đã hoàn thành các chỉ tiêu chủ yếu như sau:

Bảng 1. Kết quả thực hiện một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ so với kế hoạch (%)
Chiếu phim lưu động | buổi | 720 | 386 | 53,6
Tuyên truyền lưu động | buổi | 240 | 131 | 54,6
Biểu diễn nghệ thuật | buổi | 96 | 41 | 42,7
Triển lãm, trưng bày | cuộc | 12 | 7 | 58,3
Lượt người xem, nghe | lượt người | 310.000 | 168.500 | 54,4

2. Một số kết quả khác
Trung tâm phối hợp với 8 huyện, thành phố tổ chức chiếu phim tại 94/106 xã, phường, thị trấn; trong đó 45 buổi phục vụ đồng bào các bản biên giới thuộc huyện Phong Thổ, Mường Tè, Sìn Hồ. Doanh thu dịch vụ tại Rạp chiếu phim trung tâm tỉnh đạt 1,15 tỷ đồng, bằng 57,5% kế hoạch, giảm 8,2% so với cùng kỳ.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu tổ chức tối thiểu 334 buổi chiếu phim lưu động; dàn dựng 2 chương trình nghệ thuật chào mừng kỷ niệm 20 năm chia tách, thành lập tỉnh (01/01/2004 - 01/01/2024).

Nơi nhận:
- Sở VHTTDL (b/c);
- Lưu: VT, HCTH.
GIÁM ĐỐC
Lò Văn Thành
"""

K = Y("Kế hoạch năm 2024", 2024)
H1 = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H2i = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inh=True)
rows = [
    ("Chiếu phim lưu động", "buổi", "720", 720, "386", 386, "53,6", 53.6),
    ("Tuyên truyền lưu động", "buổi", "240", 240, "131", 131, "54,6", 54.6),
    ("Biểu diễn nghệ thuật", "buổi", "96", 96, "41", 41, "42,7", 42.7),
    ("Triển lãm, trưng bày", "cuộc", "12", 12, "7", 7, "58,3", 58.3),
    ("Lượt người xem, nghe", "lượt người", "310.000", 310000, "168.500", 168500, "54,4", 54.4),
]
figs = []
for label, unit, kn, kv, tn, tv, rn, rv in rows:
    figs.append(F(f"{label} | {unit} | {kn} |", kn, kv, "count", unit, f"{label} kế hoạch năm 2024",
                  status="target", period=K))
    figs.append(F(f"| {kn} | {tn} |", tn, tv, "count", unit, f"{label} thực hiện 6 tháng", period=H1))
    figs.append(F(f"| {tn} | {rn}\n", rn, rv, "percent", "%", f"{label} tỷ lệ so với kế hoạch", period=H1i))
figs += [
    F("với 8 huyện", "8", 8, "count", "huyện, thành phố", "huyện, thành phố phối hợp tổ chức chiếu phim", period=H1i),
    F("tại 94/106 xã", "94", 94, "count", "xã, phường, thị trấn", "xã, phường, thị trấn được tổ chức chiếu phim",
      total=106, period=H1i),
    F("trong đó 45 buổi", "45", 45, "count", "buổi", "buổi phục vụ đồng bào các bản biên giới", period=H1i),
    F("đạt 1,15 tỷ đồng", "1,15", 1150000000, "money", "đồng", "doanh thu dịch vụ tại Rạp chiếu phim trung tâm tỉnh",
      percent=57.5, change=C("decrease", 8.2, "%", "cùng kỳ"), period=H1i),
    F("tối thiểu 334 buổi", "334", 334, "count", "buổi", "buổi chiếu phim lưu động", approx="at_least",
      status="target", period=H2i),
    F("dàn dựng 2 chương trình", "2", 2, "count", "chương trình nghệ thuật", "chương trình nghệ thuật dàn dựng",
      status="target", period=H2i),
    F("kỷ niệm 20 năm", "20", 20, "measure", "năm", optional=True),
]

build("p270-5", T, figs, [
    "Formal report with letterhead (Trung tâm Văn hóa - Điện ảnh tỉnh Lai Châu, 'Số: 86/BC-TTVHĐA'), dated 'Lai Châu, ngày 28 tháng 6 năm 2024'.",
    "Flattened '|' table: Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ so với kế hoạch (%). Every numeric cell is a figure;",
    "subject = row label + column label; unit from the 'Đơn vị tính' column, '%' for the ratio column. Plan cells are status target with period 2024",
    "(column header, scored); 'Thực hiện 6 tháng' cells period H1 2024 (column header + year of the report, scored); ratio cells inherit H1 from the",
    "section heading. Table cells get no total/target attributes (the plan cells are figures of their own, as in shared h23).",
    "'trong đó 45 buổi' follows '94/106 xã' (communes, not screenings): no total. 'bằng 57,5% kế hoạch' = percent, 'giảm 8,2% so với cùng kỳ' = change.",
    "Section II heading gives 6 tháng cuối năm 2024 (inherited); 'Phấn đấu' = target. '20 năm chia tách' anniversary optional.",
    "Distractors: document number, 'Kế hoạch số 15/KH-TTVHĐA ngày 10/01/2024', 'Bảng 1', section numbers, dates 01/01/2004 - 01/01/2024, signer.",
], published="2024-06-28", location="Lai Châu")
