from lib import F, P, INH, CH, emit

ROWS = [("Nhà ở hộ gia đình", "21", "1.840"),
        ("Cơ sở sản xuất, kinh doanh", "17", "8.925"),
        ("Phương tiện giao thông", "12", "1.210"),
        ("Loại hình khác", "8", "485")]
table = "\n".join(["Loại hình cơ sở | Số vụ cháy (vụ) | Thiệt hại (triệu đồng)"]
                  + [f"{a} | {b} | {c}" for a, b, c in ROWS])

TEXT = """UBND TỈNH BẮC NINH
Số: 412/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Ninh, ngày 06 tháng 10 năm 2023

BÁO CÁO
Kết quả công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ 9 tháng đầu năm 2023

I. TÌNH HÌNH CHÁY, NỔ
Trong 9 tháng đầu năm 2023, trên địa bàn tỉnh xảy ra 58 vụ cháy, làm 3 người chết, 5 người bị thương, giảm 9 vụ so với cùng kỳ năm 2022; thiệt hại về tài sản ước tính 12.460 triệu đồng. Tổng diện tích nhà xưởng bị cháy khoảng 3.420,5 m2, tập trung tại Khu công nghiệp Quế Võ II và Khu công nghiệp Yên Phong.

Bảng 1. Tình hình cháy theo loại hình cơ sở 9 tháng năm 2023
""" + table + """

II. KẾT QUẢ CÔNG TÁC PCCC VÀ CNCH
1. Cơ quan Công an đã kiểm tra an toàn PCCC đối với 4.215 lượt cơ sở, phát hiện 1.327 tồn tại, thiếu sót; xử phạt vi phạm hành chính 196 trường hợp với tổng số tiền 2,87 tỷ đồng, tạm đình chỉ hoạt động 14 cơ sở theo Nghị định số 144/2021/NĐ-CP.
2. Lực lượng Cảnh sát PCCC và CNCH đã tham gia 41 vụ cứu nạn, cứu hộ, cứu được 23 người, tìm kiếm 19 thi thể nạn nhân; tổ chức 1.150 buổi tuyên truyền cho hơn 86.000 lượt người tham gia.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2023
Phấn đấu 100% cơ sở thuộc diện quản lý được kiểm tra định kỳ; dự kiến tổ chức thực tập phương án chữa cháy tại 250 cơ sở có nguy cơ cháy, nổ cao.

Nơi nhận:
- Bộ Công an (C07);
- Thường trực Tỉnh ủy;
- Lưu: VT, NC.
"""

M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
T9 = INH(P("9 tháng năm 2023", "2023-01-01", "2023-09-30"))
Q4 = INH(P("QUÝ IV/2023", "2023-10-01", "2023-12-31"))

FIGS = [
    F("xảy ra 58 vụ", "58", 58, "count", "vụ", "vụ cháy", M9, change=CH("decrease", 9, "vụ", "cùng kỳ năm 2022")),
    F("làm 3 người", "3", 3, "count", "người", "người chết do cháy", M9),
    F("5 người bị thương", "5", 5, "count", "người", "người bị thương do cháy", M9),
    F("ước tính 12.460 triệu", "12.460", 12460000000, "money", "đồng", "thiệt hại về tài sản do cháy", M9,
      status="estimate"),
    F("khoảng 3.420,5 m2", "3.420,5", 3420.5, "measure", "m2", "diện tích nhà xưởng bị cháy", INH(M9), approx="about"),
]
for label, n, money in ROWS:
    FIGS.append(F(f"{label} | {n} |", n, int(n), "count", "vụ", f"Số vụ cháy {label.lower()}", T9))
    FIGS.append(F(f"| {n} | {money}", money, int(money.replace(".", "")) * 1e6, "money", "đồng",
                  f"Thiệt hại {label.lower()}", T9))
FIGS += [
    F("4.215 lượt", "4.215", 4215, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra an toàn PCCC", INH(M9)),
    F("1.327 tồn tại", "1.327", 1327, "count", "tồn tại, thiếu sót", "tồn tại, thiếu sót phát hiện", INH(M9)),
    F("196 trường hợp", "196", 196, "count", "trường hợp", "trường hợp xử phạt vi phạm hành chính về PCCC", INH(M9)),
    F("tiền 2,87 tỷ", "2,87", 2870000000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", INH(M9)),
    F("chỉ hoạt động 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở bị tạm đình chỉ hoạt động", INH(M9)),
    F("tham gia 41 vụ", "41", 41, "count", "vụ", "vụ cứu nạn, cứu hộ tham gia", INH(M9)),
    F("cứu được 23 người", "23", 23, "count", "người", "người được cứu", INH(M9)),
    F("19 thi thể", "19", 19, "count", "thi thể", "thi thể nạn nhân tìm kiếm", INH(M9)),
    F("1.150 buổi", "1.150", 1150, "count", "buổi", "buổi tuyên truyền", INH(M9)),
    F("hơn 86.000 lượt", "86.000", 86000, "count", "lượt người", "lượt người tham gia tuyên truyền", INH(M9),
      approx="over"),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "cơ sở thuộc diện quản lý được kiểm tra định kỳ", Q4,
      status="target"),
    F("tại 250 cơ sở", "250", 250, "count", "cơ sở", "cơ sở thực tập phương án chữa cháy", Q4, status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Bắc Ninh formal report 'Số: 412/BC-UBND', place-and-date line 'Bắc Ninh, ngày 06 tháng 10 năm 2023' (published):",
    "fire and rescue results, 9 months 2023, with a flattened '|' table by type of premises (units in the column headers).",
    "'giảm 9 vụ so với cùng kỳ năm 2022' is the change of 58 vụ (stated after the casualty counts). 'ước tính 12.460 triệu đồng' is estimate.",
    "Table: every numeric cell is a figure, subject = column + row label; money column ×10^6; the period stands in the title line",
    "'Bảng 1. ... 9 tháng năm 2023' (another line: inherited). No total row, so no totals.",
    "Section III under the heading 'QUÝ IV/2023': 'Phấn đấu 100%' target; 'dự kiến ... 250 cơ sở' forecast (periods inherited from the heading).",
    "Distractors: 'Số: 412/BC-UBND', date line, section numbers 'I.', 'II.', 'III.', '1.', '2.', 'Bảng 1', 'Khu công nghiệp Quế Võ II',",
    "'Nghị định số 144/2021/NĐ-CP', 'Bộ Công an (C07)'.",
]

emit("p531-3", TEXT, COMMENTS, FIGS, published="2023-10-06", location="Bắc Ninh")
