"""p649-5: Party newspaper (Báo Đắk Lắk) - bee deaths from pesticide spraying on durian/coffee, losses, tests, fines."""
from lib import F, P, I, CH, emit

TEXT = """Báo Đắk Lắk điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Lắk
Kinh tế | Nông nghiệp

Hơn 3.200 đàn ong chết do phun thuốc bảo vệ thực vật

Từ đầu tháng 2/2024 đến nay, trên địa bàn tỉnh đã ghi nhận hơn 3.200 đàn ong của 47 hộ dân bị chết, nghi do ảnh hưởng của thuốc bảo vệ thực vật phun trên vườn sầu riêng và cà phê đang ra hoa. Thiệt hại nặng nhất tại các huyện Cư M'gar (1.450 đàn), Krông Búk (980 đàn) và Krông Năng (820 đàn).

Theo Chi cục Chăn nuôi và Thú y tỉnh, mỗi đàn ong trị giá khoảng 1,2 - 1,5 triệu đồng, chưa kể sản lượng mật bị mất trong vụ thu hoạch chính; tổng thiệt hại ước tính trên 4,5 tỷ đồng. Trong số 12 mẫu ong chết được gửi xét nghiệm, có 9 mẫu phát hiện tồn dư hoạt chất fipronil và imidacloprid.

Toàn tỉnh Đắk Lắk hiện có khoảng 1.300 hộ nuôi ong với trên 165.000 đàn; sản lượng mật năm 2023 đạt 6.400 tấn, đứng thứ 2 cả nước. Để tránh mùa phun thuốc, nhiều hộ phải di chuyển đàn ong sang Đắk Nông, Lâm Đồng, chi phí vận chuyển tăng thêm 150.000 - 200.000 đồng/đàn.

Sở Nông nghiệp và PTNT đã đề nghị UBND các huyện yêu cầu chủ vườn thông báo cho người nuôi ong ít nhất 3 ngày trước khi phun thuốc; phấn đấu đến năm 2025 có 100% vườn cây ăn quả quy mô trên 5 ha đăng ký lịch phun thuốc với chính quyền xã. Đến nay, lực lượng chức năng đã xử phạt 8 cơ sở kinh doanh thuốc bảo vệ thực vật vi phạm với tổng số tiền 96 triệu đồng.

HOÀNG GIA - MINH THUẬN
17/03/2024
"""

LEAD = P("Từ đầu tháng 2/2024 đến nay", "2024-02-01", "2024-03-17")
NOW = P("Đến nay", None, "2024-03-17")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 3.200 đàn ong chết", "3.200", 3200, "count", "đàn ong", "đàn ong chết do phun thuốc bảo vệ thực vật",
      I(LEAD), approx="over"),
    F("nhận hơn 3.200 đàn ong", "3.200", 3200, "count", "đàn ong", "đàn ong bị chết do thuốc bảo vệ thực vật", LEAD,
      approx="over"),
    F("của 47 hộ", "47", 47, "count", "hộ", "hộ dân có đàn ong bị chết", LEAD),
    F("Cư M'gar (1.450 đàn)", "1.450", 1450, "count", "đàn", "đàn ong bị chết", I(LEAD), location="Cư M'gar"),
    F("Krông Búk (980 đàn)", "980", 980, "count", "đàn", "đàn ong bị chết", I(LEAD), location="Krông Búk"),
    F("Krông Năng (820 đàn)", "820", 820, "count", "đàn", "đàn ong bị chết", I(LEAD), location="Krông Năng"),
    F("khoảng 1,2 - 1,5 triệu đồng", "1,2", 1.2e6, "money", "đồng", "giá trị mỗi đàn ong",
      value_max=1.5e6, approx="about"),
    F("trên 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "tổng thiệt hại", approx="over", status="estimate"),
    F("số 12 mẫu", "12", 12, "count", "mẫu", "mẫu ong chết được gửi xét nghiệm"),
    F("có 9 mẫu", "9", 9, "count", "mẫu", "mẫu phát hiện tồn dư hoạt chất fipronil và imidacloprid", total=12),
    F("khoảng 1.300 hộ", "1.300", 1300, "count", "hộ", "hộ nuôi ong", approx="about"),
    F("trên 165.000 đàn", "165.000", 165000, "count", "đàn", "đàn ong", approx="over"),
    F("đạt 6.400 tấn", "6.400", 6400, "measure", "tấn", "sản lượng mật", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đứng thứ 2 cả nước", "2", 2, "rank", "hạng", "sản lượng mật", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("150.000 - 200.000 đồng/đàn", "150.000", 150000, "money", "đồng/đàn", "chi phí vận chuyển tăng thêm",
      value_max=200000),
    F("ít nhất 3 ngày", "3", 3, "measure", "ngày", "thời gian thông báo trước khi phun thuốc", approx="at_least",
      optional=True),
    F("có 100% vườn", "100", 100, "percent", "%", "vườn cây ăn quả quy mô trên 5 ha đăng ký lịch phun thuốc", T25,
      status="target"),
    F("trên 5 ha", "5", 5, "measure", "ha", "quy mô vườn cây ăn quả", approx="over", optional=True),
    F("phạt 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở kinh doanh thuốc bảo vệ thực vật vi phạm bị xử phạt", NOW),
    F("tiền 96 triệu đồng", "96", 96e6, "money", "đồng", "tổng số tiền xử phạt", NOW),
]

COMMENTS = [
    "Báo Đắk Lắk (Party newspaper; byline and bare date 17/03/2024 at the end): bee deaths from pesticide spraying, losses, tests, fines.",
    "'Từ đầu tháng 2/2024 đến nay' runs to the dateline; 'Đến nay' is as-of the dateline. Headline figure takes the lead's period (inherited).",
    "District items in brackets after 'Thiệt hại nặng nhất tại các huyện' are not a breakdown of a whole before them (no cue, a new sentence): no total.",
    "'Trong số 12 mẫu …, có 9 mẫu' gives total 12. 'đứng thứ 2 cả nước' is a rank of Đắk Lắk's honey output 2023.",
    "Optional: the notice rule 'ít nhất 3 ngày' and the threshold 'quy mô trên 5 ha'. 'Hiện có' sentence: no period.",
    "Locations: Đắk Nông, Lâm Đồng are destinations of the moves; the transport cost is the Đắk Lắk farmers' (Đắk Lắk).",
]

if __name__ == "__main__":
    emit("p649-5", TEXT, COMMENTS, FIGS, published="2024-03-17", location="Đắk Lắk")
