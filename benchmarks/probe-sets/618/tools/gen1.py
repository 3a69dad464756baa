"""p618-1: Hà Tĩnh province portal — African swine fever, first half of 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Hà Tĩnh: Tiêu hủy hơn 3.100 con lợn mắc dịch tả lợn châu Phi trong 6 tháng

Cập nhật: 08/07/2024 15:42 | Lượt xem: 1.874

Theo báo cáo của Chi cục Chăn nuôi và Thú y tỉnh, 6 tháng đầu năm 2024, bệnh dịch tả lợn châu Phi (DTLCP) đã xảy ra tại 27 xã, phường, thị trấn thuộc 8 huyện, thị xã, thành phố của tỉnh Hà Tĩnh. Tổng số lợn mắc bệnh, chết và buộc phải tiêu hủy là 3.126 con, tăng 1,8 lần so với cùng kỳ năm 2023, tổng trọng lượng 186.540 kg. Trong đó, nhiều nhất là huyện Cẩm Xuyên 842 con (chiếm 26,9%), Thạch Hà 615 con, Kỳ Anh 497 con.

Đến nay, còn 5 xã có dịch chưa qua 21 ngày, gồm: Cẩm Thịnh, Cẩm Hưng (Cẩm Xuyên), Thạch Văn (Thạch Hà), Kỳ Tân, Kỳ Lạc (Kỳ Anh).

Thực hiện Quyết định số 1267/QĐ-UBND của UBND tỉnh, các địa phương đã chi hỗ trợ cho 412 hộ chăn nuôi có lợn bị tiêu hủy với tổng kinh phí gần 7,1 tỷ đồng; mức hỗ trợ 38.000 đồng/kg lợn hơi.

Công tác tiêm phòng được đẩy mạnh. Tính đến ngày 30/6/2024, toàn tỉnh đã tiêm 12.600 liều vắc xin DTLCP tại 145 trang trại, gia trại, đạt 42% kế hoạch năm. Hiện tổng đàn lợn của tỉnh khoảng 385.000 con, giảm 4,2% so với cùng kỳ.

Phấn đấu đến cuối năm 2024, tỷ lệ đàn lợn nái được tiêm phòng DTLCP đạt trên 60%. Người dân phát hiện lợn ốm, chết bất thường cần báo ngay cho chính quyền cơ sở hoặc qua đường dây nóng 0239.3855.246 của Chi cục (số 50 đường Xô Viết Nghệ Tĩnh, TP Hà Tĩnh).
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
AS_OF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
SUBJ = "lợn mắc bệnh, chết và buộc phải tiêu hủy"

FIGS = [
    F("Tiêu hủy hơn 3.100 con lợn", "3.100", 3100, "count", "con lợn",
      "lợn mắc dịch tả lợn châu Phi bị tiêu hủy", INH(H1), approx="over"),
    F("tại 27 xã", "27", 27, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn xảy ra bệnh dịch tả lợn châu Phi", H1),
    F("thuộc 8 huyện", "8", 8, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố xảy ra bệnh dịch tả lợn châu Phi", H1),
    F("là 3.126 con", "3.126", 3126, "count", "con", "tổng số " + SUBJ, INH(H1),
      change=CH("increase", 1.8, "lần", "cùng kỳ năm 2023")),
    F("186.540 kg", "186.540", 186540, "measure", "kg", "tổng trọng lượng " + SUBJ, INH(H1)),
    F("Cẩm Xuyên 842 con", "842", 842, "count", "con", SUBJ, INH(H1),
      total=3126, percent=26.9, location="Cẩm Xuyên"),
    F("Thạch Hà 615 con", "615", 615, "count", "con", SUBJ, INH(H1), total=3126, location="Thạch Hà"),
    F("Kỳ Anh 497 con", "497", 497, "count", "con", SUBJ, INH(H1), total=3126, location="Kỳ Anh"),
    F("còn 5 xã", "5", 5, "count", "xã", "xã có dịch chưa qua 21 ngày",
      P("Đến nay", None, "2024-07-08")),
    F("chưa qua 21 ngày", "21", 21, "measure", "ngày", optional=True),
    F("cho 412 hộ", "412", 412, "count", "hộ chăn nuôi", "hộ chăn nuôi có lợn bị tiêu hủy được hỗ trợ"),
    F("gần 7,1 tỷ đồng", "7,1", 7.1e9, "money", "đồng",
      "tổng kinh phí hỗ trợ hộ chăn nuôi có lợn bị tiêu hủy", approx="nearly"),
    F("38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "mức hỗ trợ lợn hơi"),
    F("tiêm 12.600 liều", "12.600", 12600, "count", "liều vắc xin",
      "liều vắc xin DTLCP đã tiêm", AS_OF, percent=42),
    F("tại 145 trang trại", "145", 145, "count", "trang trại, gia trại",
      "trang trại, gia trại được tiêm vắc xin DTLCP", AS_OF),
    F("khoảng 385.000 con", "385.000", 385000, "count", "con", "tổng đàn lợn",
      approx="about", change=CH("decrease", 4.2, "%", "cùng kỳ")),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ đàn lợn nái được tiêm phòng DTLCP",
      P("đến cuối năm 2024", None, "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Hà Tĩnh province portal (breadcrumb, 'Cập nhật: 08/07/2024 15:42 | Lượt xem: 1.874'): African swine fever, first half of 2024.",
    "Headline figure takes the lead's period (inherited). The 3.126 con whole carries 'tăng 1,8 lần so với cùng kỳ năm 2023' as change (lần).",
    "The district parts after 'Trong đó, nhiều nhất là …' get total 3.126 and the district as location; 26,9% is the first part's share.",
    "'Đến nay' ends at the dateline. 'chưa qua 21 ngày' is a regulatory threshold: optional. '38.000 đồng/kg' is a money rate.",
    "'đạt 42% kế hoạch năm' is the share of the 12.600 doses. Distractors: Lượt xem, Quyết định số 1267/QĐ-UBND, phone 0239.3855.246, số 50.",
]

if __name__ == "__main__":
    emit("p618-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Hà Tĩnh")
