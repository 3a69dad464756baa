from lib import F, P, I, CH, emit

TEXT = """ĐOÀN ĐBQH VÀ HĐND TỈNH HÀ TĨNH
Hoạt động HĐND › Kỳ họp
Đăng ngày 11-12-2024 09:40

HĐND tỉnh phê chuẩn quyết toán ngân sách năm 2023: kết dư hơn 1.250 tỷ đồng

Chiều 10/12, tại Kỳ họp thứ 23, HĐND tỉnh Hà Tĩnh khóa XVIII đã thông qua Nghị quyết phê chuẩn quyết toán thu, chi ngân sách địa phương năm 2023.

Theo đó, tổng thu ngân sách nhà nước trên địa bàn năm 2023 đạt 14.962 tỷ đồng, bằng 118,3% dự toán Trung ương giao, bằng 104,6% dự toán HĐND tỉnh giao. Trong đó, thu nội địa 8.417 tỷ đồng; thu từ hoạt động xuất nhập khẩu 6.545 tỷ đồng, chủ yếu từ Khu kinh tế Vũng Áng.

Tổng thu ngân sách địa phương đạt 31.846 tỷ đồng, gồm: thu được hưởng theo phân cấp 7.928 tỷ đồng, thu bổ sung từ ngân sách trung ương 12.375 tỷ đồng, thu chuyển nguồn từ năm 2022 sang 10.892 tỷ đồng và thu kết dư năm 2022 là 651 tỷ đồng.

Tổng chi ngân sách địa phương là 30.594 tỷ đồng, trong đó chi đầu tư phát triển 9.783 tỷ đồng, chi thường xuyên 10.246 tỷ đồng, chi chuyển nguồn sang năm 2024 là 10.565 tỷ đồng. Kết dư ngân sách địa phương năm 2023 là 1.252 tỷ đồng, gồm kết dư ngân sách cấp tỉnh 486 tỷ đồng, cấp huyện 598 tỷ đồng và cấp xã 168 tỷ đồng.

Đại biểu Trần Đình Gia (Tổ đại biểu huyện Kỳ Anh) đề nghị làm rõ nguyên nhân số chi chuyển nguồn lớn, chiếm tới 34,5% tổng chi; đồng thời kiến nghị ưu tiên dùng kết dư để trả nợ vay đến hạn 45 tỷ đồng.

Hộp thư: hdnd@hatinh.gov.vn. Điện thoại: 0239.3855.726
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23I = I(Y23)
TN = 14962e9
TL = 31846e9
TC = 30594e9
KD = 1252e9

FIGS = [
    F("hơn 1.250", "1.250", 1250e9, "money", "đồng", "kết dư ngân sách", Y23, approx="over"),
    F("đạt 14.962", "14.962", TN, "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn", Y23, percent=118.3),
    F("bằng 104,6%", "104,6", 104.6, "percent", "%", "tổng thu ngân sách nhà nước trên địa bàn so với dự toán HĐND tỉnh giao", Y23,
      optional=True),
    F("nội địa 8.417", "8.417", 8417e9, "money", "đồng", "thu nội địa", Y23I, total=TN),
    F("khẩu 6.545", "6.545", 6545e9, "money", "đồng", "thu từ hoạt động xuất nhập khẩu", Y23I, total=TN),
    F("đạt 31.846", "31.846", TL, "money", "đồng", "tổng thu ngân sách địa phương", Y23I),
    F("phân cấp 7.928", "7.928", 7928e9, "money", "đồng", "thu được hưởng theo phân cấp", Y23I, total=TL),
    F("trung ương 12.375", "12.375", 12375e9, "money", "đồng", "thu bổ sung từ ngân sách trung ương", Y23I, total=TL),
    F("sang 10.892", "10.892", 10892e9, "money", "đồng", "thu chuyển nguồn từ năm 2022 sang", Y23I, total=TL),
    F("là 651", "651", 651e9, "money", "đồng", "thu kết dư năm 2022", Y23I, total=TL),
    F("là 30.594", "30.594", TC, "money", "đồng", "tổng chi ngân sách địa phương", Y23I),
    F("phát triển 9.783", "9.783", 9783e9, "money", "đồng", "chi đầu tư phát triển", Y23I, total=TC),
    F("xuyên 10.246", "10.246", 10246e9, "money", "đồng", "chi thường xuyên", Y23I, total=TC),
    F("là 10.565", "10.565", 10565e9, "money", "đồng", "chi chuyển nguồn sang năm 2024", Y23I, total=TC),
    F("là 1.252", "1.252", KD, "money", "đồng", "kết dư ngân sách địa phương", Y23),
    F("tỉnh 486", "486", 486e9, "money", "đồng", "kết dư ngân sách cấp tỉnh", Y23, total=KD),
    F("huyện 598", "598", 598e9, "money", "đồng", "kết dư ngân sách cấp huyện", Y23, total=KD),
    F("xã 168", "168", 168e9, "money", "đồng", "kết dư ngân sách cấp xã", Y23, total=KD),
    F("tới 34,5%", "34,5", 34.5, "percent", "%", "chi chuyển nguồn trong tổng chi", Y23I),
    F("hạn 45 tỷ", "45", 45e9, "money", "đồng", "nợ vay đến hạn"),
]

COMMENTS = [
    "Cổng TTĐT Đoàn ĐBQH và HĐND tỉnh Hà Tĩnh: HĐND phê chuẩn quyết toán NSĐP năm 2023 (thu, chi, kết dư). 'Đăng ngày 11-12-2024 09:40'.",
    "Parts after 'Trong đó'/'gồm:'/'gồm' take the whole before the cue; each breakdown adds up (8.417+6.545, 7.928+…+651, 9.783+10.246+10.565,",
    "486+598+168). The second share 'bằng 104,6% dự toán HĐND tỉnh giao' is a percent figure of its own (optional, FIGURES.md).",
    "'năm 2022' / 'năm 2024' inside 'thu chuyển nguồn từ năm 2022 sang', 'chi chuyển nguồn sang năm 2024' name the item, not its period.",
    "Distractors: Kỳ họp thứ 23, khóa XVIII, 'Chiều 10/12', 'Tổ đại biểu huyện Kỳ Anh', e-mail, phone 0239.3855.726.",
]

if __name__ == "__main__":
    emit("p527-8", TEXT, COMMENTS, FIGS, published="2024-12-11", location="Hà Tĩnh")
