"""p778-5: Lai Châu Party newspaper — QR payments at highland market days."""
from lib import F, P, INH, CH, emit

TEXT = """Thanh toán không dùng tiền mặt "lên" chợ phiên vùng cao

Từ những phiên chợ ở Phong Thổ, Sìn Hồ, Tam Đường, tấm mã QR dán trên sạp hàng nay đã trở nên quen thuộc với đồng bào dân tộc thiểu số tỉnh Lai Châu.

Theo Ngân hàng Nhà nước chi nhánh tỉnh Lai Châu, tính đến hết tháng 4/2024, tại 12 chợ phiên của 3 huyện có 1.184 tiểu thương sử dụng mã QR để thanh toán, chiếm khoảng 46% tổng số tiểu thương. Trong đó, Phong Thổ có 512 tiểu thương, Sìn Hồ 387 tiểu thương, Tam Đường 285 tiểu thương.

Giá trị giao dịch không dùng tiền mặt bình quân mỗi phiên tại chợ trung tâm huyện Phong Thổ từ 40 đến 60 triệu đồng, tăng gấp 3 lần so với cùng kỳ năm 2023. Lượng tiền mặt lưu thông tại các chợ giảm từ 30 đến 40%.

Chị Giàng Thị Mai, bán thảo quả tại chợ phiên Dào San, cho biết mỗi phiên chị bán khoảng 50 kg thảo quả khô, giá 270.000 đồng/kg, nhiều khách trả tiền qua điện thoại. "Trước đây cầm nhiều tiền mặt đi đường núi sợ mất, nay tiện hơn nhiều", chị Mai nói.

Để hỗ trợ tiểu thương, Agribank Lai Châu đã tổ chức 46 buổi hướng dẫn, mở mới 2.350 tài khoản thanh toán cho người dân vùng cao trong 4 tháng đầu năm, tăng 27% so với cùng kỳ. Ngân hàng miễn phí chuyển tiền đối với giao dịch dưới 500.000 đồng.

Mục tiêu đến năm 2025, 100% chợ phiên trên địa bàn tỉnh có điểm thanh toán không dùng tiền mặt, ít nhất 70% tiểu thương tại chợ sử dụng mã QR.

Bài, ảnh: Thu Hằng
15/05/2024
"""

ASOF = P("tính đến hết tháng 4/2024", None, "2024-04-30")
M4 = P("4 tháng đầu năm", "2024-01-01", "2024-04-30")
T25 = P("Mục tiêu đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tại 12 chợ phiên", "12", 12, "count", "chợ phiên", "chợ phiên có tiểu thương sử dụng mã QR", ASOF),
    F("của 3 huyện", "3", 3, "count", "huyện", "huyện có chợ phiên có tiểu thương sử dụng mã QR", ASOF),
    F("có 1.184 tiểu thương", "1.184", 1184, "count", "tiểu thương",
      "tiểu thương sử dụng mã QR để thanh toán", ASOF, percent=46),
    F("Phong Thổ có 512 tiểu thương", "512", 512, "count", "tiểu thương",
      "tiểu thương sử dụng mã QR để thanh toán", INH(ASOF), total=1184, location="Phong Thổ"),
    F("Sìn Hồ 387 tiểu thương", "387", 387, "count", "tiểu thương",
      "tiểu thương sử dụng mã QR để thanh toán", INH(ASOF), total=1184, location="Sìn Hồ"),
    F("Tam Đường 285 tiểu thương", "285", 285, "count", "tiểu thương",
      "tiểu thương sử dụng mã QR để thanh toán", INH(ASOF), total=1184, location="Tam Đường"),
    F("từ 40 đến 60 triệu đồng", "40", 40000000, "money", "đồng",
      "giá trị giao dịch không dùng tiền mặt bình quân mỗi phiên tại chợ trung tâm huyện Phong Thổ",
      value_max=60000000, change=CH("increase", 3, "lần", "cùng kỳ năm 2023"), location="Phong Thổ"),
    F("giảm từ 30 đến 40%", "30", 30, "percent", "%", "lượng tiền mặt lưu thông tại các chợ giảm",
      value_max=40),
    F("khoảng 50 kg", "50", 50, "measure", "kg", "thảo quả khô bán mỗi phiên", approx="about"),
    F("giá 270.000 đồng/kg", "270.000", 270000, "money", "đồng/kg", "giá thảo quả khô"),
    F("tổ chức 46 buổi", "46", 46, "count", "buổi", "buổi hướng dẫn", M4),
    F("mở mới 2.350 tài khoản", "2.350", 2350, "count", "tài khoản",
      "tài khoản thanh toán mở mới cho người dân vùng cao", M4,
      change=CH("increase", 27, "%", "cùng kỳ")),
    F("dưới 500.000 đồng", "500.000", 500000, "money", "đồng",
      "giao dịch được miễn phí chuyển tiền", approx="under", optional=True),
    F("2025, 100% chợ phiên", "100", 100, "percent", "%",
      "chợ phiên có điểm thanh toán không dùng tiền mặt", T25, status="target"),
    F("ít nhất 70%", "70", 70, "percent", "%", "tiểu thương tại chợ sử dụng mã QR", T25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Lai Châu (Party newspaper; byline and bare date 15/05/2024 at the end): QR payments at chợ phiên in Phong Thổ, Sìn Hồ, Tam Đường.",
    "'Trong đó, Phong Thổ có 512 …, Sìn Hồ 387 …, Tam Đường 285 …' follows the whole 1.184 across a sentence break and adds up: total 1184.",
    "'chiếm khoảng 46%' after 1.184 is its percent. 'tăng gấp 3 lần so với cùng kỳ năm 2023' after the 40–60 triệu range is its change (lần).",
    "'giảm từ 30 đến 40%' is a rate that is the claim: percent figure with value_max, no change.",
    "'4 tháng đầu năm' takes 2024 from 'tháng 4/2024' earlier. The fee-free threshold 'dưới 500.000 đồng' is optional (a threshold, cf. 469).",
    "Dào San is a commune, not a district: the trader's figures keep the article's Lai Châu.",
    "Distractors: dateline 15/05/2024, 'tháng 4/2024' as-of date, names.",
]

if __name__ == "__main__":
    emit("p778-5", TEXT, COMMENTS, FIGS, published="2024-05-15", location="Lai Châu")
