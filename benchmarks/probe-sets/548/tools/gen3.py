from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 112/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 16 tháng 4 năm 2024

BÁO CÁO
Công tác phòng, chống tham nhũng, tiêu cực quý I năm 2024

I. KẾT QUẢ PHÒNG NGỪA THAM NHŨNG
1. Tuyên truyền, phổ biến pháp luật
Trong quý I/2024, các cơ quan, đơn vị đã tổ chức 236 lớp tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng với hơn 14.500 lượt cán bộ, công chức, viên chức tham gia.
2. Minh bạch tài sản, thu nhập
Thực hiện Nghị định số 130/2020/NĐ-CP, có 4.862/4.875 người có nghĩa vụ đã kê khai tài sản, thu nhập, đạt 99,7%; đã xác minh tài sản, thu nhập của 48 người, chưa phát hiện trường hợp kê khai không trung thực.
3. Chuyển đổi vị trí công tác
Các sở, ngành, địa phương đã chuyển đổi vị trí công tác đối với 127 công chức, viên chức theo Nghị định số 59/2019/NĐ-CP.

II. KẾT QUẢ PHÁT HIỆN, XỬ LÝ THAM NHŨNG
Qua thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo, đã phát hiện 3 vụ việc tham nhũng với 5 đối tượng; số tiền tham nhũng được xác định là 1,86 tỷ đồng, đã thu hồi 1,12 tỷ đồng, đạt 60,2%. Kết quả theo từng lĩnh vực như sau:

Bảng 1. Kết quả phát hiện sai phạm quý I/2024
Lĩnh vực | Số cuộc | Sai phạm (triệu đồng) | Kiến nghị thu hồi (triệu đồng) | Đất sai phạm (m2)
Thanh tra hành chính | 24 | 6.482,5 | 4.915,0 | 3.260
Thanh tra chuyên ngành | 318 | 2.137,8 | 1.406,2 | 0
Kiểm tra nội bộ | 45 | 512,4 | 298,6 | 840
Cộng | 387 | 9.132,7 | 6.619,8 | 4.100

III. NHIỆM VỤ QUÝ II/2024
Dự kiến trong quý II/2024 thành lập hai đoàn kiểm tra việc kê khai tài sản, thu nhập và triển khai 28 cuộc thanh tra trách nhiệm thực hiện pháp luật về phòng, chống tham nhũng; phấn đấu thu hồi trên 70% số tiền sai phạm đã kiến nghị.

Nơi nhận:
- Thanh tra Chính phủ;
- Thường trực Tỉnh ủy;
- Lưu: VT, NC.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
IQ1 = I(Q1)
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")


def cell(anchor, number, value, kind, unit, subject):
    return F(anchor, number, value, kind, unit, subject, IQ1)


FIGS = [
    F("236 lớp", "236", 236, "count", "lớp", "lớp tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng", Q1),
    F("hơn 14.500 lượt", "14.500", 14500, "count", "lượt", "lượt cán bộ, công chức, viên chức tham gia", Q1, approx="over"),
    F("có 4.862/4.875 người", "4.862", 4862, "count", "người", "người có nghĩa vụ đã kê khai tài sản, thu nhập", IQ1,
      total=4875, percent=99.7),
    F("của 48 người", "48", 48, "count", "người", "người được xác minh tài sản, thu nhập", IQ1),
    F("127 công chức", "127", 127, "count", "công chức, viên chức", "công chức, viên chức được chuyển đổi vị trí công tác", IQ1),
    F("3 vụ việc", "3", 3, "count", "vụ việc", "vụ việc tham nhũng phát hiện", IQ1),
    F("5 đối tượng", "5", 5, "count", "đối tượng", "đối tượng tham nhũng", IQ1),
    F("là 1,86 tỷ đồng", "1,86", 1.86e9, "money", "đồng", "số tiền tham nhũng được xác định", IQ1),
    F("thu hồi 1,12 tỷ đồng", "1,12", 1.12e9, "money", "đồng", "số tiền tham nhũng đã thu hồi", IQ1, percent=60.2),
    # table: Lĩnh vực | Số cuộc | Sai phạm (triệu đồng) | Kiến nghị thu hồi (triệu đồng) | Đất sai phạm (m2)
    cell("chính | 24 |", "24", 24, "count", "cuộc", "số cuộc thanh tra hành chính"),
    cell("| 6.482,5 |", "6.482,5", 6482.5e6, "money", "đồng", "sai phạm thanh tra hành chính"),
    cell("| 4.915,0 |", "4.915,0", 4915e6, "money", "đồng", "kiến nghị thu hồi thanh tra hành chính"),
    cell("| 3.260", "3.260", 3260, "measure", "m2", "đất sai phạm thanh tra hành chính"),
    cell("ngành | 318 |", "318", 318, "count", "cuộc", "số cuộc thanh tra chuyên ngành"),
    cell("| 2.137,8 |", "2.137,8", 2137.8e6, "money", "đồng", "sai phạm thanh tra chuyên ngành"),
    cell("| 1.406,2 |", "1.406,2", 1406.2e6, "money", "đồng", "kiến nghị thu hồi thanh tra chuyên ngành"),
    cell("| 0\n", "0", 0, "measure", "m2", "đất sai phạm thanh tra chuyên ngành"),
    cell("bộ | 45 |", "45", 45, "count", "cuộc", "số cuộc kiểm tra nội bộ"),
    cell("| 512,4 |", "512,4", 512.4e6, "money", "đồng", "sai phạm kiểm tra nội bộ"),
    cell("| 298,6 |", "298,6", 298.6e6, "money", "đồng", "kiến nghị thu hồi kiểm tra nội bộ"),
    cell("| 840", "840", 840, "measure", "m2", "đất sai phạm kiểm tra nội bộ"),
    cell("Cộng | 387 |", "387", 387, "count", "cuộc", "tổng số cuộc"),
    cell("| 9.132,7 |", "9.132,7", 9132.7e6, "money", "đồng", "tổng sai phạm"),
    cell("| 6.619,8 |", "6.619,8", 6619.8e6, "money", "đồng", "tổng kiến nghị thu hồi"),
    cell("| 4.100", "4.100", 4100, "measure", "m2", "tổng đất sai phạm"),
    F("hai đoàn", "hai", 2, "count", "đoàn", "đoàn kiểm tra việc kê khai tài sản, thu nhập", Q2, status="forecast"),
    F("28 cuộc", "28", 28, "count", "cuộc", "cuộc thanh tra trách nhiệm thực hiện pháp luật về phòng, chống tham nhũng", Q2,
      status="forecast"),
    F("trên 70%", "70", 70, "percent", "%", "thu hồi số tiền sai phạm đã kiến nghị", Q2, approx="over", status="target"),
]

COMMENTS = [
    "Formal report under a letterhead: UBND tỉnh Quảng Ngãi, Số: 112/BC-UBND, 'Quảng Ngãi, ngày 16 tháng 4 năm 2024' (published).",
    "Anti-corruption, Q1/2024. Decree numbers 130/2020/NĐ-CP, 59/2019/NĐ-CP, section numbers I./1., 'Bảng 1' are not figures.",
    "Flattened '|' table: every numeric cell (the 0 too) is a figure; units from the column headers ('(triệu đồng)' ×10^6 đồng, '(m2)');",
    "period from the table title 'quý I/2024' (another line: inherited). Row 'Cộng' cells carry no total; other rows get no total from it.",
    "'4.862/4.875 người …, đạt 99,7%' → total and percent. 'đã thu hồi 1,12 tỷ …, đạt 60,2%' has no part-of cue: percent only.",
    "'Dự kiến' → forecast for 'hai đoàn' and 28 cuộc; 'phấn đấu … trên 70%' is its own clause → target.",
]

if __name__ == "__main__":
    emit("p548-3", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Quảng Ngãi")
