from lib import F, P, I, CH, T, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
Số: 846/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 20 tháng 11 năm 2023

BÁO CÁO
Kết quả tổng rà soát, kiểm tra cơ sở kinh doanh dịch vụ karaoke, vũ trường trên địa bàn tỉnh

Thực hiện Công điện số 824/CĐ-TTg ngày 13/9/2023 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ RÀ SOÁT, KIỂM TRA
1. Tính đến ngày 15/11/2023, toàn tỉnh có 1.052 cơ sở kinh doanh dịch vụ karaoke với 6.318 phòng hát và 4 cơ sở kinh doanh dịch vụ vũ trường. Các lực lượng chức năng đã kiểm tra 1.052/1.052 cơ sở karaoke, đạt 100%; phát hiện 731 cơ sở chưa bảo đảm điều kiện về PCCC (chiếm 69,5%).

2. Kết quả tại một số địa phương (Đơn vị tính: cơ sở):
Địa phương | Tổng số cơ sở | Đã kiểm tra | Tạm dừng hoạt động
TP Vinh | 318 | 318 | 241
TX Cửa Lò | 96 | 96 | 72
Huyện Diễn Châu | 87 | 85 | 58
Huyện Quỳnh Lưu | 74 | 74 | 49

3. Xử lý vi phạm: năm 2023, đã ra quyết định xử phạt 186 trường hợp với tổng số tiền 2.475,8 triệu đồng, tăng gấp 2,3 lần so với năm 2022; đình chỉ hoạt động có thời hạn 64 cơ sở, thu hồi 11 giấy phép kinh doanh.

II. NHIỆM VỤ THỜI GIAN TỚI
1. Phấn đấu đến hết quý I/2024 có ít nhất 60% số cơ sở tạm dừng hoàn thành khắc phục, được nghiệm thu về PCCC.
2. Tổ chức tập huấn cho chủ cơ sở, nhân viên; dự kiến kinh phí khoảng 1,2 tỷ đồng từ nguồn ngân sách tỉnh.

Nơi nhận:
- Bộ VHTTDL;
- Bộ Công an (C07);
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

COMMENTS = [
    "Formal report under a letterhead (UBND tỉnh Nghệ An, Số: 846/BC-UBND, 'Nghệ An, ngày 20 tháng 11 năm 2023'): karaoke / vũ trường",
    "review as of 15/11/2023, a flattened '|' table by district (Đơn vị tính: cơ sở), violations 2023, tasks for Q1/2024.",
    "Distractors: document numbers (846/BC-UBND, Công điện số 824/CĐ-TTg), dates, section numbers I./II./1./2./3., 'C07' (a unit code).",
    "Table: every numeric cell is a figure; subject = column label, district → location; period inherited from the as-of date (not scored).",
    "'1.052/1.052 cơ sở karaoke, đạt 100%' → total 1052, percent 100. 731 '(chiếm 69,5%)' → percent, no whole cue so no total.",
    "'tăng gấp 2,3 lần so với năm 2022' is the change (lần) of the fine amount. 'ít nhất 60%' target, end 2024-03-31; 'dự kiến … khoảng 1,2 tỷ' forecast.",
]

AS = P("Tính đến ngày 15/11/2023", None, "2023-11-15")
Y = P("năm 2023", "2023-01-01", "2023-12-31")


def cell(anchor, number, value, col, loc):
    return F(anchor, number, value, "count", "cơ sở", col, I(AS), location=loc)


FIGS = [
    F("có 1.052 cơ sở", "1.052", 1052, "count", "cơ sở", "cơ sở kinh doanh dịch vụ karaoke", AS),
    F("6.318 phòng hát", "6.318", 6318, "count", "phòng hát", "phòng hát karaoke", AS),
    F("và 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở kinh doanh dịch vụ vũ trường", AS),
    F("kiểm tra 1.052/1.052", "1.052", 1052, "count", "cơ sở", "cơ sở karaoke được các lực lượng chức năng kiểm tra", I(AS),
      total=1052, percent=100),
    F("phát hiện 731 cơ sở", "731", 731, "count", "cơ sở", "cơ sở chưa bảo đảm điều kiện về PCCC", I(AS), percent=69.5),
    cell("TP Vinh | 318 |", "318", 318, "Tổng số cơ sở", "Vinh"),
    cell("| 318 | 241", "318", 318, "cơ sở đã kiểm tra", "Vinh"),
    cell("| 241", "241", 241, "cơ sở tạm dừng hoạt động", "Vinh"),
    cell("Cửa Lò | 96 |", "96", 96, "Tổng số cơ sở", "Cửa Lò"),
    cell("| 96 | 72", "96", 96, "cơ sở đã kiểm tra", "Cửa Lò"),
    cell("| 72", "72", 72, "cơ sở tạm dừng hoạt động", "Cửa Lò"),
    cell("| 87 |", "87", 87, "Tổng số cơ sở", "Diễn Châu"),
    cell("| 85 |", "85", 85, "cơ sở đã kiểm tra", "Diễn Châu"),
    cell("| 58", "58", 58, "cơ sở tạm dừng hoạt động", "Diễn Châu"),
    cell("Lưu | 74 |", "74", 74, "Tổng số cơ sở", "Quỳnh Lưu"),
    cell("| 74 | 49", "74", 74, "cơ sở đã kiểm tra", "Quỳnh Lưu"),
    cell("| 49", "49", 49, "cơ sở tạm dừng hoạt động", "Quỳnh Lưu"),
    F("xử phạt 186 trường hợp", "186", 186, "count", "trường hợp", "trường hợp bị ra quyết định xử phạt", Y),
    F("2.475,8 triệu đồng", "2.475,8", 2_475_800_000, "money", "đồng", "tổng số tiền xử phạt", Y,
      change=CH("increase", 2.3, "lần", "năm 2022")),
    F("thời hạn 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở bị đình chỉ hoạt động có thời hạn", Y),
    F("thu hồi 11 giấy phép", "11", 11, "count", "giấy phép", "giấy phép kinh doanh bị thu hồi", Y),
    F("ít nhất 60%", "60", 60, "percent", "%", "cơ sở tạm dừng hoàn thành khắc phục, được nghiệm thu về PCCC",
      P("đến hết quý I/2024", None, "2024-03-31"), approx="at_least", status="target"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1_200_000_000, "money", "đồng", "kinh phí tập huấn cho chủ cơ sở, nhân viên",
      approx="about", status="forecast"),
]

if __name__ == "__main__":
    emit("p722-3", TEXT, COMMENTS, FIGS, published="2023-11-20", location="Nghệ An")
