from lib import *
NAME = 'p445-1'
TEXT = """Sơn La: Sáu tháng đầu năm 2024, diện tích rừng bị cháy giảm hơn 70%
Cập nhật: 05/07/2024 08:20
Lượt xem: 2.316

(SL) - Theo báo cáo của Chi cục Kiểm lâm tỉnh, 6 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 7 vụ cháy rừng (Mai Sơn 3 vụ, Thuận Châu 2 vụ, Yên Châu 1 vụ, Sông Mã 1 vụ), giảm 12 vụ so với cùng kỳ năm 2023. Tổng diện tích rừng bị thiệt hại là 18,6 ha, giảm 71,4% so với cùng kỳ; trong đó rừng trồng 11,2 ha, rừng tự nhiên 7,4 ha. Các vụ cháy đều được phát hiện sớm và dập tắt kịp thời, không để xảy ra cháy lớn.

Để chủ động phòng cháy, chữa cháy rừng (PCCCR), toàn tỉnh đã kiện toàn 204 ban chỉ huy PCCCR cấp xã và thành lập 2.150 tổ đội quần chúng bảo vệ rừng với gần 21.000 thành viên. Lực lượng kiểm lâm phối hợp tổ chức 1.365 lượt tuần tra, kiểm soát với hơn 8.200 lượt người tham gia; tuyên truyền được 512 buổi cho khoảng 34.000 lượt người dân. Các huyện đã làm mới, tu sửa 96,5 km đường băng cản lửa, đạt 107% kế hoạch năm.

Hiện nay, thời tiết nắng nóng kéo dài, cấp dự báo cháy rừng tại các huyện vùng thấp thường xuyên ở cấp IV và cấp V (cấp cực kỳ nguy hiểm). Chi cục Kiểm lâm duy trì 26 chốt trực PCCCR tại các vùng trọng điểm, bố trí lực lượng trực cả ngày đêm.

Về quản lý bảo vệ rừng, lực lượng kiểm lâm đã phát hiện, lập biên bản 86 vụ vi phạm pháp luật về lâm nghiệp, tăng 9 vụ so với cùng kỳ; đã xử lý hành chính 79 vụ, chuyển cơ quan điều tra xử lý hình sự 4 vụ. Tổng số tiền xử phạt, bán lâm sản tịch thu nộp ngân sách nhà nước trên 1,35 tỷ đồng; tịch thu 42,7 m3 gỗ các loại.

Thực hiện Chỉ thị số 08/CT-UBND ngày 15/3/2024 của UBND tỉnh, các địa phương tiếp tục rà soát phương án "4 tại chỗ". Khi phát hiện cháy rừng, người dân báo ngay cho Hạt Kiểm lâm sở tại hoặc số điện thoại 0212.3852.667.
"""
H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
FIGS = [
    F("bị cháy giảm hơn 70%", "70", 70, "percent", "%", "diện tích rừng bị cháy", approx="over",
      period=P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("xảy ra 7 vụ cháy rừng", "7", 7, "count", "vụ", "vụ cháy rừng",
      change=C("decrease", 12, "vụ", "cùng kỳ năm 2023"), period=H6),
    F("Mai Sơn 3 vụ", "3", 3, "count", "vụ", "vụ cháy rừng", total=7, period=H6, location="Mai Sơn"),
    F("Thuận Châu 2 vụ", "2", 2, "count", "vụ", "vụ cháy rừng", total=7, period=H6, location="Thuận Châu"),
    F("Yên Châu 1 vụ", "1", 1, "count", "vụ", "vụ cháy rừng", total=7, period=H6, location="Yên Châu"),
    F("Sông Mã 1 vụ", "1", 1, "count", "vụ", "vụ cháy rừng", total=7, period=H6, location="Sông Mã"),
    F("thiệt hại là 18,6 ha", "18,6", 18.6, "measure", "ha", "tổng diện tích rừng bị thiệt hại",
      change=C("decrease", 71.4, "%", "cùng kỳ"), period=H6i),
    F("rừng trồng 11,2 ha", "11,2", 11.2, "measure", "ha", "diện tích rừng trồng bị thiệt hại", total=18.6, period=H6i),
    F("rừng tự nhiên 7,4 ha", "7,4", 7.4, "measure", "ha", "diện tích rừng tự nhiên bị thiệt hại", total=18.6, period=H6i),
    F("kiện toàn 204 ban chỉ huy", "204", 204, "count", "ban chỉ huy", "ban chỉ huy PCCCR cấp xã được kiện toàn", period=H6i),
    F("thành lập 2.150 tổ đội", "2.150", 2150, "count", "tổ đội", "tổ đội quần chúng bảo vệ rừng được thành lập", period=H6i),
    F("gần 21.000 thành viên", "21.000", 21000, "count", "thành viên", "thành viên tổ đội quần chúng bảo vệ rừng",
      approx="nearly", period=H6i),
    F("tổ chức 1.365 lượt tuần tra", "1.365", 1365, "count", "lượt tuần tra", "lượt tuần tra, kiểm soát", period=H6i),
    F("hơn 8.200 lượt người", "8.200", 8200, "count", "lượt người", "lượt người tham gia tuần tra, kiểm soát",
      approx="over", period=H6i),
    F("được 512 buổi", "512", 512, "count", "buổi", "buổi tuyên truyền", period=H6i),
    F("khoảng 34.000 lượt người dân", "34.000", 34000, "count", "lượt người dân", "lượt người dân được tuyên truyền",
      approx="about", period=H6i),
    F("tu sửa 96,5 km", "96,5", 96.5, "measure", "km", "đường băng cản lửa làm mới, tu sửa", percent=107, period=H6i),
    F("duy trì 26 chốt trực", "26", 26, "count", "chốt trực PCCCR", "chốt trực PCCCR tại các vùng trọng điểm"),
    F("biên bản 86 vụ", "86", 86, "count", "vụ", "vụ vi phạm pháp luật về lâm nghiệp",
      change=C("increase", 9, "vụ", "cùng kỳ"), period=H6i),
    F("hành chính 79 vụ", "79", 79, "count", "vụ", "vụ xử lý hành chính", period=H6i),
    F("hình sự 4 vụ", "4", 4, "count", "vụ", "vụ chuyển cơ quan điều tra xử lý hình sự", period=H6i),
    F("trên 1,35 tỷ đồng", "1,35", 1350000000, "money", "đồng",
      "tiền xử phạt, bán lâm sản tịch thu nộp ngân sách nhà nước", approx="over", period=H6i),
    F("tịch thu 42,7 m3", "42,7", 42.7, "measure", "m3", "gỗ các loại bị tịch thu", period=H6i),
]
HEADER = """
Cổng TTĐT tỉnh Sơn La (province portal): PCCCR and forest protection, first half of 2024. Dateline 'Cập nhật: 05/07/2024 08:20'.
Distractors: 'Lượt xem: 2.316' (counter), fire-danger levels 'cấp IV', 'cấp V' (levels, not figures), 'Chỉ thị số 08/CT-UBND ngày 15/3/2024',
phương án '4 tại chỗ' (a name), phone 0212.3852.667.
Headline 'giảm hơn 70%' has no base amount: a percent figure (approx over), no change.
Bracketed district breakdown after '7 vụ cháy rừng' adds up to 7 (3+2+1+1): total 7; change after the bracket belongs to the 7.
'trong đó rừng trồng 11,2 ha, rừng tự nhiên 7,4 ha' are parts of 18,6 ha. 'xử lý hành chính 79 vụ' has no part-of cue: no total.
Later paragraphs take '6 tháng đầu năm 2024' from paragraph 1 (inherited). '26 chốt trực' is 'Hiện nay': no period.
"""
write(NAME, TEXT, FIGS, HEADER, published="2024-07-05", location="Sơn La")
