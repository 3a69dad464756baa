"""p1487-2: district portal (huyện Đông Anh, Hà Nội): fire-safety review of LPG shops."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức / Kinh tế - Đô thị

Rà soát an toàn phòng cháy tại 168 cơ sở kinh doanh khí
20/05/2024 - 10:30

Thực hiện Kế hoạch số 115/KH-UBND ngày 02/4/2024 của UBND huyện, từ ngày 8/4 đến ngày 10/5/2024, Tổ công tác liên ngành huyện Đông Anh đã rà soát 168 cơ sở kinh doanh khí trên địa bàn 23 xã, thị trấn, gồm 2 tổng đại lý, 19 đại lý và 147 cửa hàng bán lẻ LPG chai.

Kết quả, có 141/168 cơ sở đáp ứng đầy đủ điều kiện về phòng cháy, chữa cháy, đạt 83,9%; 27 cơ sở còn tồn tại, thiếu sót (chiếm 16,1%) như để chai LPG dưới tầng hầm, không trang bị bình chữa cháy, khu vực chứa chai không thông gió. Tổ công tác đã lập biên bản 9 trường hợp, đề nghị xử phạt tổng số tiền 63,5 triệu đồng; yêu cầu bốn cửa hàng tạm dừng hoạt động do không bảo đảm khoảng cách an toàn với khu dân cư.

Theo Phòng Kinh tế huyện, năm 2023 trên địa bàn xảy ra 3 vụ cháy liên quan đến bếp ga, bình gas trong hộ gia đình, làm 2 người bị thương. Từ đầu năm 2024 đến nay chưa ghi nhận vụ cháy, nổ khí gas nào.

Thời gian tới, huyện phấn đấu đến hết năm 2024 có ít nhất 95% cơ sở kinh doanh khí được cấp Giấy chứng nhận đủ điều kiện; tuyên truyền tới khoảng 40.000 hộ gia đình về sử dụng bếp ga an toàn.

Nguồn: Phòng Kinh tế huyện Đông Anh

Tin khác:
- Đông Anh tổ chức diễn tập phương án chữa cháy tại cụm công nghiệp Nguyên Khê
- Hướng dẫn người dân lựa chọn bếp ga, van điều áp an toàn

UBND HUYỆN ĐÔNG ANH
Địa chỉ: Số 68 đường Cao Lỗ, thị trấn Đông Anh, Hà Nội
Điện thoại: 024.3883.2128
"""

REVIEW = period("từ ngày 8/4 đến ngày 10/5/2024", "2024-04-08", "2024-05-10")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
TGT = period("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("tại 168 cơ sở", "168", 168, "count", "cơ sở",
      subject="cơ sở kinh doanh khí được rà soát an toàn phòng cháy"),
    F("rà soát 168 cơ sở", "168", 168, "count", "cơ sở", subject="cơ sở kinh doanh khí được rà soát",
      per=REVIEW),
    F("địa bàn 23 xã", "23", 23, "count", "xã, thị trấn", subject="xã, thị trấn"),
    F("gồm 2 tổng đại lý", "2", 2, "count", "tổng đại lý", total=168, subject="tổng đại lý", per=REVIEW),
    F("19 đại lý", "19", 19, "count", "đại lý", total=168, subject="đại lý", per=REVIEW),
    F("147 cửa hàng", "147", 147, "count", "cửa hàng", total=168, subject="cửa hàng bán lẻ LPG chai",
      per=REVIEW),
    F("có 141/168 cơ sở", "141", 141, "count", "cơ sở", total=168, percent=83.9,
      subject="cơ sở đáp ứng đầy đủ điều kiện về phòng cháy, chữa cháy", per=inherit(REVIEW)),
    F("27 cơ sở còn", "27", 27, "count", "cơ sở", percent=16.1,
      subject="cơ sở còn tồn tại, thiếu sót", per=inherit(REVIEW)),
    F("biên bản 9 trường hợp", "9", 9, "count", "trường hợp", subject="trường hợp bị lập biên bản",
      per=inherit(REVIEW)),
    F("tiền 63,5 triệu", "63,5", 63.5e6, "money", "đồng", subject="tổng số tiền đề nghị xử phạt",
      per=inherit(REVIEW)),
    F("bốn cửa hàng", "bốn", 4, "count", "cửa hàng", subject="cửa hàng tạm dừng hoạt động",
      per=inherit(REVIEW)),
    F("ra 3 vụ cháy", "3", 3, "count", "vụ cháy",
      subject="vụ cháy liên quan đến bếp ga, bình gas trong hộ gia đình", per=Y23),
    F("làm 2 người", "2", 2, "count", "người", subject="người bị thương", per=Y23),
    F("ít nhất 95%", "95", 95, "percent", "%", approx="at_least", status="target",
      subject="cơ sở kinh doanh khí được cấp Giấy chứng nhận đủ điều kiện", per=TGT),
    F("khoảng 40.000 hộ", "40.000", 40000, "count", "hộ gia đình", approx="about", status="target",
      subject="hộ gia đình được tuyên truyền về sử dụng bếp ga an toàn", per=TGT),
]

NOTES = [
    "District portal (huyện Đông Anh, Hà Nội): banner, breadcrumb, '20/05/2024 - 10:30' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: Kế hoạch số 115/KH-UBND, dates 02/4/2024, 8/4, 10/5/2024, 'Số 68 đường Cao Lỗ', phone 024.3883.2128, time 10:30.",
    "All figures are the district's (location Đông Anh). The headline 168 has no period; the body 168 has the review window.",
    "'gồm 2 tổng đại lý, 19 đại lý và 147 cửa hàng' add up to 168: total 168.",
    "'23 xã, thị trấn' counts the district's communes: a figure, but the review window is not its period (left without one, unscored).",
    "'141/168 ... đạt 83,9%': total 168, percent 83.9. '27 cơ sở còn tồn tại ... (chiếm 16,1%)': percent, but no cue, so no total.",
    "'phấn đấu đến hết năm 2024 ... ; tuyên truyền tới khoảng 40.000 hộ' continues the target clause: both target, end 2024-12-31.",
]

if __name__ == "__main__":
    write("p1487-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Đông Anh")
