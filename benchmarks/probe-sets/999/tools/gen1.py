"""p999-1: Thái Bình province portal, 7 months of 2024 (victims, allowances, funds, houses, gifts)."""
from lib import P, I, C, T, F, write

TEXT = """
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 08/08/2024 09:15 | Lượt xem: 2.317

Thái Bình: Hơn 14 tỷ đồng chăm lo nạn nhân chất độc da cam

Nhân kỷ niệm 63 năm Thảm họa da cam ở Việt Nam (10/8/1961 - 10/8/2024), Hội Nạn nhân chất độc da cam/dioxin tỉnh Thái Bình tổ chức hội nghị sơ kết công tác 7 tháng đầu năm 2024.

Theo báo cáo, toàn tỉnh hiện có 27.436 người bị ảnh hưởng bởi chất độc da cam, trong đó có 11.528 người hoạt động kháng chiến và 15.908 người là con, cháu của họ. Thái Bình là địa phương có số nạn nhân nhiều thứ 2 cả nước, chỉ sau Nam Định. Tính đến ngày 30/6/2024, có 19.875 nạn nhân đang hưởng trợ cấp hằng tháng theo Nghị định số 75/2021/NĐ-CP, chiếm 72,4% tổng số nạn nhân; mức trợ cấp từ 1,64 đến 5,58 triệu đồng/người/tháng tùy mức độ suy giảm khả năng lao động. Tổng kinh phí chi trả ước khoảng 38 tỷ đồng mỗi tháng.

Từ đầu năm đến nay, các cấp Hội đã vận động được hơn 14,2 tỷ đồng, đạt 88,8% kế hoạch năm, tăng 9,6% so với cùng kỳ năm 2023. Từ nguồn quỹ này, Hội đã hỗ trợ xây mới 36 nhà và sửa chữa 21 nhà cho nạn nhân với mức 50 triệu đồng/nhà xây mới và 25 triệu đồng/nhà sửa chữa; tặng 8.450 suất quà trị giá hơn 4,1 tỷ đồng; trao 312 suất học bổng cho con, cháu nạn nhân. Hiện 260/260 xã, phường, thị trấn đã có tổ chức Hội với trên 32.000 hội viên.

Năm 2024, Hội phấn đấu vận động 16 tỷ đồng, xây mới và sửa chữa 70 nhà. Dự kiến trong tháng 8, các cấp Hội sẽ thăm, tặng 3.500 suất quà cho nạn nhân có hoàn cảnh đặc biệt khó khăn.
"""

NOTES = [
    "Cổng TTĐT tỉnh Thái Bình: sơ kết 7 tháng 2024 của Hội Nạn nhân chất độc da cam/dioxin tỉnh.",
    "Dateline 'Cập nhật: 08/08/2024 09:15' gives published; 'Lượt xem: 2.317' is page furniture; 10/8/1961 - 10/8/2024 are dates;",
    "'Nghị định số 75/2021/NĐ-CP' is a document number. '63 năm' (anniversary) is optional.",
    "'Từ đầu năm đến nay' runs to the dateline. 'Từ nguồn quỹ này' sentence inherits that period.",
    "'đạt 88,8% kế hoạch năm' is the share (percent) of 14,2 tỷ; 'chiếm 72,4%' the share of 19.875.",
]

SPAN = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-08")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 14 tỷ đồng chăm lo", "14", 14e9, "money", "đồng", "kinh phí chăm lo nạn nhân chất độc da cam",
      I(SPAN), approx="over"),
    F("kỷ niệm 63 năm", "63", 63, "measure", "năm", "kỷ niệm Thảm họa da cam", optional=True),
    F("hiện có 27.436 người", "27.436", 27436, "count", "người", "người bị ảnh hưởng bởi chất độc da cam"),
    F("có 11.528 người", "11.528", 11528, "count", "người",
      "người hoạt động kháng chiến bị ảnh hưởng bởi chất độc da cam", total=27436),
    F("và 15.908 người", "15.908", 15908, "count", "người",
      "con, cháu của người hoạt động kháng chiến bị ảnh hưởng bởi chất độc da cam", total=27436),
    F("nhiều thứ 2 cả nước", "2", 2, "rank", "hạng", "số nạn nhân chất độc da cam"),
    F("có 19.875 nạn nhân", "19.875", 19875, "count", "nạn nhân", "nạn nhân đang hưởng trợ cấp hằng tháng",
      ASOF, percent=72.4),
    F("từ 1,64 đến 5,58 triệu", "1,64", 1.64e6, "money", "đồng/người/tháng", "mức trợ cấp hằng tháng",
      ASOF, value_max=5.58e6),
    F("khoảng 38 tỷ đồng mỗi tháng", "38", 38e9, "money", "đồng/tháng", "tổng kinh phí chi trả trợ cấp",
      I(ASOF), approx="about", status="estimate"),
    F("hơn 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng", "kinh phí các cấp Hội vận động", SPAN,
      approx="over", percent=88.8, change=C("increase", 9.6, "%", "cùng kỳ năm 2023")),
    F("xây mới 36 nhà", "36", 36, "count", "nhà", "nhà xây mới cho nạn nhân", I(SPAN)),
    F("sửa chữa 21 nhà", "21", 21, "count", "nhà", "nhà sửa chữa cho nạn nhân", I(SPAN)),
    F("mức 50 triệu đồng/nhà", "50", 50e6, "money", "đồng/nhà", "mức hỗ trợ nhà xây mới", I(SPAN)),
    F("và 25 triệu đồng/nhà", "25", 25e6, "money", "đồng/nhà", "mức hỗ trợ nhà sửa chữa", I(SPAN)),
    F("tặng 8.450 suất quà", "8.450", 8450, "count", "suất quà", "suất quà tặng nạn nhân", I(SPAN)),
    F("hơn 4,1 tỷ đồng", "4,1", 4.1e9, "money", "đồng", "trị giá suất quà", I(SPAN), approx="over"),
    F("trao 312 suất học bổng", "312", 312, "count", "suất học bổng", "suất học bổng trao cho con, cháu nạn nhân",
      I(SPAN)),
    F("Hiện 260/260 xã", "260", 260, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có tổ chức Hội",
      total=260),
    F("trên 32.000 hội viên", "32.000", 32000, "count", "hội viên", "hội viên", approx="over"),
    F("vận động 16 tỷ đồng", "16", 16e9, "money", "đồng", "kinh phí vận động", Y24, status="target"),
    F("sửa chữa 70 nhà", "70", 70, "count", "nhà", "nhà xây mới và sửa chữa", Y24, status="target"),
    F("tặng 3.500 suất quà", "3.500", 3500, "count", "suất quà",
      "suất quà tặng nạn nhân có hoàn cảnh đặc biệt khó khăn",
      P("trong tháng 8", "2024-08-01", "2024-08-31"), status="forecast"),
]

if __name__ == "__main__":
    write("p999-1", TEXT, NOTES, FIGS, published="2024-08-08", location="Thái Bình")
