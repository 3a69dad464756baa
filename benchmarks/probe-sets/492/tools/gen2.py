"""p492-2: huyện Trần Văn Thời (Cà Mau) district portal — IUU commitments, fleet by length, port Sông Đốc (9/2024)."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN VĂN THỜI
Trang chủ > Tin hoạt động > Kinh tế

1.036 chủ tàu cá ký cam kết không vi phạm khai thác IUU
Thứ Tư, 18/09/2024 - 14:20

Từ đầu năm đến nay, UBND huyện Trần Văn Thời phối hợp với Đồn Biên phòng Sông Đốc tổ chức 24 cuộc tuyên truyền về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU), thu hút gần 2.300 lượt ngư dân tham dự. Đến nay đã có 1.036/1.052 chủ tàu ký cam kết, đạt 98,5%.

Hiện toàn huyện có 1.052 tàu cá với tổng công suất 176.420 CV, gồm: tàu dưới 12 m có 318 chiếc, tàu từ 12 m đến dưới 15 m có 291 chiếc và tàu từ 15 m trở lên có 443 chiếc. Toàn bộ tàu thuộc diện phải lắp thiết bị giám sát hành trình đã lắp đặt; trên địa bàn không còn tàu cá "3 không".

Tại cảng cá Sông Đốc, 8 tháng đầu năm có 3.912 lượt tàu xuất bến và 3.865 lượt tàu cập bến, sản lượng bốc dỡ hơn 21.600 tấn, tăng 6,4% so với cùng kỳ năm trước. Giá cá nục, cá chỉ vàng tại cảng dao động từ 18.000 đến 25.000 đồng/kg.

Huyện đã hỗ trợ 2,35 tỷ đồng cho 47 chủ tàu thay mới thiết bị VMS, bình quân 50 triệu đồng/tàu. Trong quý IV/2024, huyện phấn đấu 100% tàu cá khi xuất bến được kiểm tra đầy đủ hồ sơ, thủ tục theo Thông tư số 23/2018/TT-BNNPTNT.

Minh Khoa (Phòng Nông nghiệp và PTNT huyện)
"""

SINCE = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-18")
NOW = P("Đến nay", None, "2024-09-18")
M8 = P("8 tháng đầu năm", "2024-01-01", "2024-08-31")

FIGS = [
    F("1.036 chủ tàu cá ký", "1.036", 1036, "count", "chủ tàu cá",
      "chủ tàu cá ký cam kết không vi phạm khai thác IUU", I(NOW)),
    F("tổ chức 24 cuộc", "24", 24, "count", "cuộc tuyên truyền",
      "cuộc tuyên truyền về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU)", SINCE),
    F("gần 2.300 lượt ngư dân", "2.300", 2300, "count", "lượt ngư dân",
      "lượt ngư dân tham dự tuyên truyền", SINCE, approx="nearly"),
    F("có 1.036/1.052 chủ tàu", "1.036", 1036, "count", "chủ tàu", "chủ tàu ký cam kết", NOW,
      total=1052, percent=98.5),
    F("có 1.052 tàu cá", "1.052", 1052, "count", "tàu cá", "tàu cá"),
    F("176.420 CV", "176.420", 176420, "measure", "CV", "tổng công suất tàu cá"),
    F("tàu dưới 12 m", "12", 12, "measure", "m", approx="under", optional=True),
    F("có 318 chiếc", "318", 318, "count", "chiếc", "tàu dưới 12 m", total=1052),
    F("từ 12 m đến dưới 15 m", "12", 12, "measure", "m", value_max=15, optional=True),
    F("có 291 chiếc", "291", 291, "count", "chiếc", "tàu từ 12 m đến dưới 15 m", total=1052),
    F("tàu từ 15 m trở lên có", "15", 15, "measure", "m", approx="at_least", optional=True),
    F("có 443 chiếc", "443", 443, "count", "chiếc", "tàu từ 15 m trở lên", total=1052),
    F("có 3.912 lượt tàu", "3.912", 3912, "count", "lượt tàu", "lượt tàu xuất bến tại cảng cá Sông Đốc", M8),
    F("3.865 lượt tàu", "3.865", 3865, "count", "lượt tàu", "lượt tàu cập bến tại cảng cá Sông Đốc", M8),
    F("hơn 21.600 tấn", "21.600", 21600, "measure", "tấn", "sản lượng bốc dỡ tại cảng cá Sông Đốc", M8,
      approx="over", change=CH("increase", 6.4, baseline="cùng kỳ năm trước")),
    F("từ 18.000 đến 25.000 đồng/kg", "18.000", 18000, "money", "đồng/kg",
      "giá cá nục, cá chỉ vàng tại cảng", value_max=25000),
    F("hỗ trợ 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "kinh phí hỗ trợ chủ tàu thay mới thiết bị VMS"),
    F("cho 47 chủ tàu", "47", 47, "count", "chủ tàu", "chủ tàu được hỗ trợ thay mới thiết bị VMS"),
    F("bình quân 50 triệu đồng/tàu", "50", 50e6, "money", "đồng/tàu", "mức hỗ trợ bình quân thay mới thiết bị VMS"),
    F("phấn đấu 100% tàu cá", "100", 100, "percent", "%",
      "tàu cá khi xuất bến được kiểm tra đầy đủ hồ sơ, thủ tục",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "District portal of Trần Văn Thời (Cà Mau), 'Thứ Tư, 18/09/2024 - 14:20', byline at the end: IUU commitments, fleet by length, cảng cá Sông Đốc.",
    "'Từ đầu năm đến nay' runs to the dateline; 'Đến nay' is as-of the dateline. 'gồm:' parts (318 + 291 + 443) add up to 1.052 tàu cá.",
    "Length classes ('dưới 12 m', 'từ 12 m đến dưới 15 m', 'từ 15 m trở lên') are optional. Port Sông Đốc figures keep the district.",
    "Distractors: tàu cá '3 không', quý IV/2024, Thông tư số 23/2018/TT-BNNPTNT, time 14:20.",
]

if __name__ == "__main__":
    emit("p492-2", TEXT, COMMENTS, FIGS, published="2024-09-18", location="Trần Văn Thời")
