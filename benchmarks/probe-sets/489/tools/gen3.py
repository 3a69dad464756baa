"""p489-3: formal report (UBND tỉnh Ninh Bình), high-tech crime 9 months 2024, flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH NINH BÌNH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống tội phạm sử dụng công nghệ cao 9 tháng năm 2024

Thực hiện Kế hoạch số 156/KH-UBND ngày 20/02/2024 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. TÌNH HÌNH TỘI PHẠM
9 tháng năm 2024, trên địa bàn tỉnh xảy ra 214 vụ phạm tội sử dụng công nghệ cao, giảm 8,5% so với cùng kỳ; trong đó 187 vụ lừa đảo chiếm đoạt tài sản qua mạng, chiếm 87,4%. Thiệt hại ước tính 68,3 tỷ đồng.

Bảng 1. Số vụ lừa đảo qua mạng theo thủ đoạn (Đơn vị tính: vụ)
Thủ đoạn | 9 tháng năm 2023 | 9 tháng năm 2024
Giả danh cơ quan nhà nước | 41 | 38
Đầu tư tài chính, tiền ảo | 36 | 52
Tuyển cộng tác viên online | 59 | 44
Chiếm đoạt tài khoản mạng xã hội | 27 | 31
Thủ đoạn khác | 19 | 22
Tổng số | 182 | 187

II. KẾT QUẢ ĐẤU TRANH
Công an tỉnh đã điều tra, làm rõ 132 vụ, bắt giữ 158 đối tượng; khởi tố 97 vụ/143 bị can, tăng 21 vụ so với cùng kỳ; thu hồi 14,6 tỷ đồng. Phối hợp các ngân hàng phong tỏa 2.316 tài khoản, ngăn chặn chuyển đi gần 9,1 tỷ đồng.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu tỷ lệ điều tra, khám phá án lừa đảo qua mạng đạt từ 65 đến 70%; thu hồi tối thiểu 30% số tiền bị chiếm đoạt; dự kiến tổ chức 120 hội nghị tuyên truyền tại các xã, phường, thị trấn, tập trung vào các thủ đoạn nêu tại mục 2 Bảng 1.

Nơi nhận:
- Bộ Công an;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

N24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q4 = I(P("QUÝ IV/2024", "2024-10-01", "2024-12-31"))

ROWS = [
    ("Giả danh cơ quan nhà nước", "41", "38", "Giả danh cơ quan nhà nước | 41", "41 | 38"),
    ("Đầu tư tài chính, tiền ảo", "36", "52", "tiền ảo | 36", "36 | 52"),
    ("Tuyển cộng tác viên online", "59", "44", "online | 59", "59 | 44"),
    ("Chiếm đoạt tài khoản mạng xã hội", "27", "31", "xã hội | 27", "27 | 31"),
    ("Thủ đoạn khác", "19", "22", "khác | 19", "19 | 22"),
    ("Tổng số vụ lừa đảo qua mạng", "182", "187", "Tổng số | 182", "182 | 187"),
]

FIGS = [
    F("xảy ra 214 vụ", "214", 214, "count", "vụ", "vụ phạm tội sử dụng công nghệ cao", N24,
      change=CH("decrease", 8.5, "%", "cùng kỳ")),
    F("trong đó 187 vụ", "187", 187, "count", "vụ", "vụ lừa đảo chiếm đoạt tài sản qua mạng", N24, total=214, percent=87.4),
    F("ước tính 68,3 tỷ đồng", "68,3", 68.3e9, "money", "đồng", "thiệt hại", I(N24), status="estimate"),
]
for label, a, b, anc_a, anc_b in ROWS:
    FIGS.append(F(anc_a, a, int(a), "count", "vụ", f"{label} 9 tháng năm 2023", N23))
    FIGS.append(F(anc_b, b, int(b), "count", "vụ", f"{label} 9 tháng năm 2024", N24))
FIGS += [
    F("làm rõ 132 vụ", "132", 132, "count", "vụ", "vụ điều tra, làm rõ", I(N24)),
    F("bắt giữ 158 đối tượng", "158", 158, "count", "đối tượng", "đối tượng bị bắt giữ", I(N24)),
    F("khởi tố 97 vụ", "97", 97, "count", "vụ", "vụ án khởi tố", I(N24), change=CH("increase", 21, "vụ", "cùng kỳ")),
    F("/143 bị can", "143", 143, "count", "bị can", "bị can bị khởi tố", I(N24)),
    F("thu hồi 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", "số tiền thu hồi", I(N24)),
    F("phong tỏa 2.316 tài khoản", "2.316", 2316, "count", "tài khoản", "tài khoản phong tỏa", I(N24)),
    F("gần 9,1 tỷ đồng", "9,1", 9.1e9, "money", "đồng", "số tiền ngăn chặn chuyển đi", I(N24), approx="nearly"),
    F("từ 65 đến 70%", "65", 65, "percent", "%", "tỷ lệ điều tra, khám phá án lừa đảo qua mạng", Q4,
      value_max=70, status="target"),
    F("tối thiểu 30%", "30", 30, "percent", "%", "tỷ lệ thu hồi số tiền bị chiếm đoạt", Q4,
      approx="at_least", status="target"),
    F("tổ chức 120 hội nghị", "120", 120, "count", "hội nghị", "hội nghị tuyên truyền tại các xã, phường, thị trấn", Q4,
      status="forecast"),
]

COMMENTS = [
    "Formal report, letterhead UBND tỉnh Ninh Bình, Số: 412/BC-UBND, place-and-date line 08/10/2024 (published).",
    "Flattened '|' table, 'Đơn vị tính: vụ' in the table title: every numeric cell is a count of vụ, subject = row label + column label,",
    "  period from the column header (scored). The 'Tổng số' row is a figure of its own; the table has no part-of cue, so cells carry no total.",
    "'trong đó 187 vụ …, chiếm 87,4%' -> total 214 and percent 87.4. 'khởi tố 97 vụ/143 bị can, tăng 21 vụ' -> the change (in vụ) belongs to 97 vụ,",
    "  and the slash joins two different counts (no total). 'Thiệt hại ước tính' -> estimate.",
    "Section III under the heading 'NHIỆM VỤ QUÝ IV/2024' (period inherited from the heading): 'Phấn đấu' -> target for both clauses, 'dự kiến' -> forecast.",
    "Distractors: Số: 412/BC-UBND, Kế hoạch số 156/KH-UBND ngày 20/02/2024, section numbers I./II./III., 'Bảng 1', 'mục 2 Bảng 1', date line.",
]

emit("p489-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Ninh Bình")
