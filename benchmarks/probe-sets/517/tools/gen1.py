"""p517-1: Lào Cai province portal, forest protection 6 months 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Cập nhật: 16/07/2024 09:20 | Lượt xem: 1.842

Lào Cai: 6 tháng đầu năm xảy ra 7 vụ cháy rừng, thiệt hại hơn 18 ha

(laocai.gov.vn) - Theo Chi cục Kiểm lâm tỉnh, 6 tháng đầu năm 2024, toàn tỉnh xảy ra 7 vụ cháy rừng, giảm 5 vụ so với cùng kỳ năm 2023; diện tích rừng bị thiệt hại là 18,6 ha, trong đó rừng trồng 11,2 ha, rừng tự nhiên 7,4 ha.

Thực hiện Chỉ thị số 13-CT/TW của Ban Bí thư, lực lượng kiểm lâm đã phối hợp với chủ rừng và chính quyền cơ sở tổ chức 2.146 lượt tuần tra, kiểm tra rừng với hơn 9.800 lượt người tham gia. Qua đó phát hiện, lập biên bản 96 vụ vi phạm pháp luật về lâm nghiệp, tăng 8,5% so với cùng kỳ, trong đó xử lý hành chính 88 vụ, khởi tố hình sự 3 vụ. Tổng số tiền phạt và bán lâm sản tịch thu nộp ngân sách nhà nước là 1.265,4 triệu đồng; tịch thu 42,7 m3 gỗ các loại.

Tính đến ngày 30/6/2024, toàn tỉnh đã trồng được 4.350 ha rừng tập trung, đạt 62,1% kế hoạch năm và 285.000 cây phân tán. Các huyện có diện tích trồng lớn là Văn Bàn (1.120 ha), Bảo Yên (980 ha), Bảo Thắng (745 ha).

Tỷ lệ che phủ rừng của tỉnh hiện đạt 57,8%. Phấn đấu đến năm 2025, tỷ lệ che phủ rừng đạt 60%, bình quân mỗi năm trồng mới 8.000 ha rừng.

Đến nay, 100% xã có rừng đã thành lập tổ đội quần chúng bảo vệ rừng với 1.236 thành viên. Khi phát hiện cháy rừng, người dân báo ngay cho Chi cục Kiểm lâm qua số điện thoại 0214.3840.113 hoặc gọi 114.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1Y = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
NOW = P("Đến nay", None, "2024-07-16")

FIGS = [
    F("xảy ra 7 vụ cháy rừng, thiệt hại", "7", 7, "count", "vụ", "vụ cháy rừng", H1),
    F("thiệt hại hơn 18 ha", "18", 18, "measure", "ha", "diện tích rừng bị thiệt hại", H1, approx="over"),
    F("toàn tỉnh xảy ra 7 vụ", "7", 7, "count", "vụ", "vụ cháy rừng", H1Y,
      change=CH("decrease", 5, "vụ", "cùng kỳ năm 2023")),
    F("thiệt hại là 18,6 ha", "18,6", 18.6, "measure", "ha", "diện tích rừng bị thiệt hại", H1Y),
    F("rừng trồng 11,2 ha", "11,2", 11.2, "measure", "ha", "diện tích rừng trồng bị thiệt hại", H1Y, total=18.6),
    F("rừng tự nhiên 7,4 ha", "7,4", 7.4, "measure", "ha", "diện tích rừng tự nhiên bị thiệt hại", H1Y, total=18.6),
    F("tổ chức 2.146 lượt", "2.146", 2146, "count", "lượt", "lượt tuần tra, kiểm tra rừng", I(H1Y)),
    F("hơn 9.800 lượt người", "9.800", 9800, "count", "lượt người", "lượt người tham gia tuần tra, kiểm tra rừng", I(H1Y),
      approx="over"),
    F("biên bản 96 vụ", "96", 96, "count", "vụ", "vụ vi phạm pháp luật về lâm nghiệp", I(H1Y),
      change=CH("increase", 8.5, "%", "cùng kỳ")),
    F("hành chính 88 vụ", "88", 88, "count", "vụ", "vụ vi phạm xử lý hành chính", I(H1Y), total=96),
    F("hình sự 3 vụ", "3", 3, "count", "vụ", "vụ vi phạm khởi tố hình sự", I(H1Y), total=96),
    F("là 1.265,4 triệu đồng", "1.265,4", 1265400000, "money", "đồng",
      "tổng số tiền phạt và bán lâm sản tịch thu nộp ngân sách nhà nước", I(H1Y)),
    F("tịch thu 42,7 m3", "42,7", 42.7, "measure", "m3", "gỗ tịch thu", I(H1Y)),
    F("được 4.350 ha", "4.350", 4350, "measure", "ha", "diện tích trồng rừng tập trung", ASOF, percent=62.1),
    F("và 285.000 cây", "285.000", 285000, "count", "cây", "cây phân tán trồng được", ASOF),
    F("Văn Bàn (1.120 ha)", "1.120", 1120, "measure", "ha", "diện tích trồng rừng", I(ASOF), location="Văn Bàn"),
    F("Bảo Yên (980 ha)", "980", 980, "measure", "ha", "diện tích trồng rừng", I(ASOF), location="Bảo Yên"),
    F("Bảo Thắng (745 ha)", "745", 745, "measure", "ha", "diện tích trồng rừng", I(ASOF), location="Bảo Thắng"),
    F("hiện đạt 57,8%", "57,8", 57.8, "percent", "%", "tỷ lệ che phủ rừng"),
    F("rừng đạt 60%", "60", 60, "percent", "%", "tỷ lệ che phủ rừng", T25, status="target"),
    F("mới 8.000 ha", "8.000", 8000, "measure", "ha", "diện tích trồng mới rừng bình quân mỗi năm", T25, status="target"),
    F("100% xã có rừng", "100", 100, "percent", "%", "xã có rừng thành lập tổ đội quần chúng bảo vệ rừng", NOW),
    F("với 1.236 thành viên", "1.236", 1236, "count", "thành viên", "thành viên tổ đội quần chúng bảo vệ rừng", NOW),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Lào Cai: quản lý, bảo vệ rừng và PCCCR 6 tháng đầu năm 2024 (cháy rừng, vi phạm, trồng rừng, che phủ).",
    "Headline '6 tháng đầu năm' takes 2024 from the 'Cập nhật' line. Paragraph 2 has no period phrase: inherited 6 months.",
    "'trong đó xử lý hành chính 88 vụ, khởi tố hình sự 3 vụ' are parts of 96 vụ (cue trong đó; they need not add up).",
    "District list after 'Các huyện có diện tích trồng lớn là' has no cue and does not add up: no total; districts are locations.",
    "'đạt 62,1% kế hoạch năm' is the percent of 4.350 ha. 'Đến nay' ends at the Cập nhật date. Distractors: Lượt xem 1.842,",
    "Chỉ thị số 13-CT/TW, phone 0214.3840.113, hotline 114, dates.",
]

if __name__ == "__main__":
    emit("p517-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Lào Cai")
