from lib import F, P, emit
text = """ỦY BAN NHÂN DÂN
HUYỆN ĐAM RÔNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đam Rông, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện công tác phổ cập giáo dục, xóa mù chữ năm 2024

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Kết quả công nhận đạt chuẩn
Căn cứ Nghị định số 20/2014/NĐ-CP ngày 24/3/2014 của Chính phủ, kết quả kiểm tra công nhận của 8 xã trên địa bàn huyện năm 2024 như sau:

Bảng 1. Số xã đạt chuẩn theo mức độ
Đơn vị tính: xã
Nội dung	Mức độ 1	Mức độ 2	Mức độ 3
PCGD tiểu học	0	2	6
PCGD THCS	1	5	2
Xóa mù chữ	3	5	0

2. Các tỷ lệ chủ yếu
- Huy động trẻ 5 tuổi ra lớp đạt 99,6%; trẻ 6 tuổi vào lớp 1 đạt 100%.
- Tỷ lệ thanh thiếu niên từ 15 đến 18 tuổi tốt nghiệp THCS đạt 91,4%, tăng 2,3% so với năm 2023.
- Tỷ lệ người từ 15-60 tuổi biết chữ mức độ 2 đạt 94,2% (kế hoạch 94%).
- Số người trong độ tuổi 15-60 chưa biết chữ còn 426 người, giảm 158 người so với năm 2023; trong đó người đồng bào dân tộc thiểu số tại chỗ (Cơ Ho, Mạ) là 371 người, chiếm 87,1%.
- Mở 6 lớp xóa mù chữ với 139 học viên, kinh phí 486,5 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu có thêm 2 xã đạt chuẩn PCGD THCS mức độ 2; tỷ lệ người từ 15-60 tuổi biết chữ mức độ 2 đạt từ 95% trở lên; số học sinh bỏ học không quá 0,3%.

Nơi nhận:
- UBND tỉnh Lâm Đồng (b/c);
- Sở GD&ĐT;
- Lưu: VT, PGDĐT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Ha Biên
"""
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25i = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)
def cell(anchor, num, row, col):
    return F(anchor, num, int(num), "count", "xã", f"xã đạt chuẩn {row} {col}", period=Y24i)
figs = [
    F("của 8 xã", "8", 8, "count", "xã", "xã trên địa bàn huyện", optional=True),
    cell("tiểu học\t0\t", "0", "PCGD tiểu học", "Mức độ 1"),
    cell("\t0\t2\t", "2", "PCGD tiểu học", "Mức độ 2"),
    cell("\t2\t6\n", "6", "PCGD tiểu học", "Mức độ 3"),
    cell("THCS\t1\t", "1", "PCGD THCS", "Mức độ 1"),
    cell("\t1\t5\t", "5", "PCGD THCS", "Mức độ 2"),
    cell("\t5\t2\n", "2", "PCGD THCS", "Mức độ 3"),
    cell("chữ\t3\t", "3", "xóa mù chữ", "Mức độ 1"),
    cell("\t3\t5\t", "5", "xóa mù chữ", "Mức độ 2"),
    cell("\t5\t0\n", "0", "xóa mù chữ", "Mức độ 3"),
    F("trẻ 5 tuổi", "5", 5, "measure", "tuổi", optional=True),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ huy động trẻ 5 tuổi ra lớp", period=Y24i),
    F("trẻ 6 tuổi", "6", 6, "measure", "tuổi", optional=True),
    F("lớp 1 đạt 100%", "100", 100, "percent", "%", "tỷ lệ trẻ 6 tuổi vào lớp 1", period=Y24i),
    F("từ 15 đến 18 tuổi", "15", 15, "measure", "tuổi", value_max=18, optional=True),
    F("đạt 91,4%", "91,4", 91.4, "percent", "%", "tỷ lệ thanh thiếu niên từ 15 đến 18 tuổi tốt nghiệp THCS", period=Y24i,
      change={"direction": "increase", "value": 2.3, "unit": "%", "baseline": "năm 2023"}),
    F("từ 15-60 tuổi biết chữ mức độ 2 đạt 94", "15", 15, "measure", "tuổi", value_max=60, optional=True),
    F("đạt 94,2%", "94,2", 94.2, "percent", "%", "tỷ lệ người từ 15-60 tuổi biết chữ mức độ 2", target={"value": 94, "unit": "%", "met": True}, period=Y24i),
    F("độ tuổi 15-60", "15", 15, "measure", "tuổi", value_max=60, optional=True),
    F("còn 426 người", "426", 426, "count", "người", "người trong độ tuổi 15-60 chưa biết chữ", period=Y24i,
      change={"direction": "decrease", "value": 158, "unit": "người", "baseline": "năm 2023"}),
    F("là 371 người", "371", 371, "count", "người", "người chưa biết chữ là đồng bào dân tộc thiểu số tại chỗ", total=426, percent=87.1, period=Y24i),
    F("Mở 6 lớp", "6", 6, "count", "lớp", "lớp xóa mù chữ", period=Y24i),
    F("với 139 học viên", "139", 139, "count", "học viên", "học viên lớp xóa mù chữ", period=Y24i),
    F("486,5 triệu đồng", "486,5", 486.5e6, "money", "đồng", "kinh phí mở lớp xóa mù chữ", period=Y24i),
    F("thêm 2 xã", "2", 2, "count", "xã", "xã đạt chuẩn PCGD THCS mức độ 2 có thêm", status="target", period=Y25i),
    F("từ 15-60 tuổi biết chữ mức độ 2 đạt từ", "15", 15, "measure", "tuổi", value_max=60, optional=True),
    F("từ 95% trở lên", "95", 95, "percent", "%", "tỷ lệ người từ 15-60 tuổi biết chữ mức độ 2", approx="at_least", status="target", period=Y25i),
    F("không quá 0,3%", "0,3", 0.3, "percent", "%", "học sinh bỏ học", approx="at_most", status="target", period=Y25i),
]
emit("p336-7", text, [
    "Formal report with letterhead (UBND huyện Đam Rông, Lâm Đồng; 'Số: 287/BC-UBND'); 'Đam Rông, ngày 18 tháng 12 năm 2024' is its date. Location: the district.",
    "Tab-separated table 'Bảng 1' with 'Đơn vị tính: xã'; column headers 'Mức độ 1/2/3' are level names (no figures); every numeric cell (zeros too) is a count of xã;",
    "subject = 'xã đạt chuẩn' + row + column; period from the title 'năm 2024' (not the table's own header: inherited, as the bullet list below).",
    "'(kế hoạch 94%)' is the target of 94,2% (met). '426 người, giảm 158 người so với năm 2023': change in người; '371 người, chiếm 87,1%' follows 'trong đó': total 426, percent 87.1.",
    "Section heading 'NHIỆM VỤ NĂM 2025' gives the 'Phấn đấu' targets their period (inherited). 'từ 95% trở lên' = at_least; 'không quá 0,3%' = at_most.",
    "Optional: '8 xã' (the district's structure), age bounds '5 tuổi', '6 tuổi', '15 đến 18 tuổi', '15-60'. 'lớp 1' (grade name) is not a figure.",
    "Distractors: document number, 'Nghị định số 20/2014/NĐ-CP ngày 24/3/2014', section numbers I./II./1./2., 'Bảng 1', 'Lưu: VT, PGDĐT', signer.",
], figs, published="2024-12-18", location="Đam Rông")
