"""p1172-2: district portal (huyện Kim Bảng, Hà Nam): load control at stone quarries, quý I/2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM BẢNG - TỈNH HÀ NAM
Trang chủ | Tin tức - Sự kiện | Kinh tế

Kim Bảng siết chặt kiểm soát tải trọng xe tại các mỏ đá

Thứ Tư, 17/04/2024 - 09:35

Quý I/2024, Tổ công tác liên ngành kiểm soát tải trọng phương tiện của huyện đã tổ chức 64 ca trực trên Quốc lộ 21B và ĐT494, kiểm tra 1.126 lượt xe chở vật liệu xây dựng, phát hiện 73 xe quá tải, giảm 41 xe so với cùng kỳ năm 2023. Công an huyện đã xử phạt 70 trường hợp với tổng số tiền 684 triệu đồng, tạm giữ 12 phương tiện; 3 trường hợp còn lại đang xác minh chủ xe.

Trên địa bàn huyện hiện có 14 doanh nghiệp được cấp phép khai thác đá, trong đó 11 doanh nghiệp đã lắp đặt trạm cân và camera giám sát tại cửa mỏ, 3 doanh nghiệp chưa lắp đặt phải hoàn thành trước ngày 30/6.

Tại xã Thanh Sơn, Công ty cổ phần Khoáng sản Thanh Sơn mỗi ngày xuất bán khoảng 2.500 tấn đá. Từ tháng 1, công ty đưa vào sử dụng hai trạm cân điện tử loại 120 tấn, kết nối dữ liệu với Sở Giao thông vận tải; xe chở vượt tải trọng cho phép đều bị giữ lại tại cổng mỏ. Trong quý I, công ty đã từ chối xuất hàng cho 27 lượt xe đăng ký chở vượt tải.

Theo quy định hiện hành, cá nhân là chủ xe giao phương tiện cho người lái chở hàng vượt tải trọng trên 50% đến 100% bị phạt từ 14 đến 16 triệu đồng, tổ chức bị phạt từ 28 đến 32 triệu đồng.

Quý II, huyện phấn đấu 100% mỏ đá có trạm cân và camera; tổ công tác duy trì ít nhất 20 ca trực mỗi tháng.

Minh Hằng (Trung tâm VH-TT&TT huyện)
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1B = P("Trong quý I", "2024-01-01", "2024-03-31")
Q2 = P("Quý II", "2024-04-01", "2024-06-30")

FIGS = [
    F("tổ chức 64 ca trực", "64", 64, "count", "ca trực",
      subject="ca trực của Tổ công tác liên ngành kiểm soát tải trọng phương tiện", period=Q1),
    F("kiểm tra 1.126 lượt", "1.126", 1126, "count", "lượt xe",
      subject="lượt xe chở vật liệu xây dựng được kiểm tra", period=Q1),
    F("phát hiện 73 xe", "73", 73, "count", "xe", change=C("decrease", 41, "xe", "cùng kỳ năm 2023"),
      subject="xe quá tải bị phát hiện", period=Q1),
    F("xử phạt 70 trường hợp", "70", 70, "count", "trường hợp",
      subject="trường hợp bị xử phạt", period=I(Q1)),
    F("tiền 684 triệu", "684", 684e6, "money", "đồng",
      subject="tổng số tiền xử phạt", period=I(Q1)),
    F("tạm giữ 12 phương tiện", "12", 12, "count", "phương tiện",
      subject="phương tiện bị tạm giữ", period=I(Q1)),
    F("3 trường hợp còn lại", "3", 3, "count", "trường hợp",
      subject="trường hợp đang xác minh chủ xe", period=I(Q1)),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
      subject="doanh nghiệp được cấp phép khai thác đá"),
    F("11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", total=14,
      subject="doanh nghiệp khai thác đá đã lắp đặt trạm cân và camera giám sát"),
    F("3 doanh nghiệp chưa", "3", 3, "count", "doanh nghiệp", total=14,
      subject="doanh nghiệp khai thác đá chưa lắp đặt trạm cân và camera"),
    F("khoảng 2.500 tấn", "2.500", 2500, "measure", "tấn/ngày", approx="about",
      subject="đá xuất bán mỗi ngày của Công ty cổ phần Khoáng sản Thanh Sơn"),
    F("hai trạm cân", "hai", 2, "count", "trạm cân",
      subject="trạm cân điện tử công ty đưa vào sử dụng"),
    F("loại 120 tấn", "120", 120, "measure", "tấn", optional=True,
      subject="tải trọng cân của trạm cân điện tử"),
    F("cho 27 lượt", "27", 27, "count", "lượt xe",
      subject="lượt xe bị từ chối xuất hàng do đăng ký chở vượt tải", period=Q1B),
    F("trên 50% đến 100%", "50", 50, "percent", "%", value_max=100, approx="over", optional=True,
      subject="mức vượt tải trọng"),
    F("từ 14 đến 16 triệu", "14", 14e6, "money", "đồng", value_max=16e6,
      subject="mức phạt cá nhân là chủ xe giao phương tiện cho người lái chở hàng vượt tải trọng"),
    F("từ 28 đến 32 triệu", "28", 28e6, "money", "đồng", value_max=32e6,
      subject="mức phạt tổ chức là chủ xe giao phương tiện chở hàng vượt tải trọng"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ mỏ đá có trạm cân và camera", period=Q2),
    F("ít nhất 20 ca", "20", 20, "measure", "ca trực/tháng", approx="at_least", status="target",
      subject="ca trực tổ công tác duy trì mỗi tháng", period=Q2),
]

NOTES = [
    "District portal (huyện Kim Bảng, Hà Nam): 'Thứ Tư, 17/04/2024 - 09:35', byline at the end. Default location Kim Bảng.",
    "Distractors: time 09:35, Quốc lộ 21B, ĐT494, 'trước ngày 30/6' (deadline), 'Từ tháng 1', 'VH-TT&TT'.",
    "'hai trạm cân' is a number word. 'loại 120 tấn' is the scale's type/capacity label (optional); 'trên 50% đến 100%' is a penalty band (optional).",
    "14 doanh nghiệp, trong đó 11 … , 3 … → total 14. '3 trường hợp còn lại' has no part-of cue (no total).",
    "The penalty levels are the national rule restated locally; location left at the article default (borderline: Việt Nam is defensible).",
]

if __name__ == "__main__":
    write("p1172-2", TEXT, NOTES, FIGS, published="2024-04-17", location="Kim Bảng")
