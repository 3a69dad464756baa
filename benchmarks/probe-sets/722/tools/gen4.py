from lib import F, P, I, CH, T, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ / Tin tức / Văn hóa cơ sở
Ngày đăng: 05/03/2024

Cả nước có hơn 11.400 cơ sở karaoke tạm dừng hoạt động do chưa bảo đảm PCCC

Tại Hội nghị trực tuyến đánh giá công tác quản lý hoạt động kinh doanh dịch vụ karaoke, vũ trường ngày 4/3/2024, Cục Văn hóa cơ sở cho biết, tính đến hết năm 2023, cả nước có 16.842 cơ sở kinh doanh dịch vụ karaoke và 216 cơ sở kinh doanh dịch vụ vũ trường đã được cấp giấy phép theo Nghị định số 54/2019/NĐ-CP. Trong đó, hơn 11.400 cơ sở karaoke đang phải tạm dừng hoạt động do chưa đáp ứng điều kiện về phòng cháy, chữa cháy, chiếm khoảng 68%.

Các địa phương có nhiều cơ sở karaoke nhất lần lượt là TP Hồ Chí Minh (2.135 cơ sở), Hà Nội (1.876 cơ sở), Nghệ An (1.052 cơ sở), Thanh Hóa (968 cơ sở) và Đồng Nai (744 cơ sở).

Năm 2023, các địa phương đã cấp mới 1.247 giấy phép kinh doanh dịch vụ karaoke, giảm 38,6% so với năm 2022; cấp điều chỉnh 312 giấy phép và thu hồi 894 giấy phép. Số giấy phép bị thu hồi năm 2023 gấp 1,7 lần năm 2022. Lực lượng thanh tra văn hóa đã kiểm tra 9.615 lượt cơ sở, xử phạt 2.318 cơ sở vi phạm với tổng số tiền gần 27,4 tỷ đồng.

Theo số liệu của Cục Cảnh sát PCCC và CNCH (Bộ Công an), trong 9 tháng cuối năm 2023, cả nước xảy ra 21 vụ cháy tại cơ sở karaoke, quán bar, vũ trường, làm 3 người chết và 7 người bị thương.

Phát biểu chỉ đạo, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch đề nghị các địa phương phấn đấu đến năm 2025 có ít nhất 90% cơ sở karaoke đang hoạt động được nghiệm thu về PCCC; đồng thời đẩy mạnh tiếp nhận hồ sơ cấp phép trực tuyến, đạt trên 50% tổng số hồ sơ trong năm 2024.

Tin liên quan:
- Hướng dẫn thực hiện Nghị định 54 về kinh doanh karaoke, vũ trường (12/01/2024)
"""

COMMENTS = [
    "Ministry site (Bộ VHTTDL), 'Ngày đăng: 05/03/2024': national karaoke / vũ trường licences at end-2023, paused venues, top provinces",
    "(lần lượt, bracketed), licences 2023, inspections, fines, fires in the last 9 months of 2023, targets to 2025 and for 2024.",
    "Distractors: Nghị định số 54/2019/NĐ-CP, 'Nghị định 54' in a related-link title with its date, 'ngày 4/3/2024'.",
    "Location Việt Nam throughout; list items take their province as location, subject = the list's indicator.",
    "'Trong đó, hơn 11.400 cơ sở karaoke' is a part of the 16.842 karaoke venues (cue after a sentence break) → total; 'chiếm khoảng 68%' its percent.",
    "'gấp 1,7 lần năm 2022' standing alone → multiple. '9 tháng cuối năm 2023' = April–December 2023.",
    "'phấn đấu đến năm 2025 … ít nhất 90%' target (end 2025-12-31); '50%' continues the target clause with its own period 'năm 2024'.",
]

END = P("tính đến hết năm 2023", None, "2023-12-31")
Y = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("có hơn 11.400 cơ sở karaoke", "11.400", 11400, "count", "cơ sở",
      "cơ sở karaoke tạm dừng hoạt động do chưa bảo đảm PCCC", approx="over"),
    F("có 16.842 cơ sở", "16.842", 16842, "count", "cơ sở", "cơ sở kinh doanh dịch vụ karaoke đã được cấp giấy phép", END),
    F("và 216 cơ sở", "216", 216, "count", "cơ sở", "cơ sở kinh doanh dịch vụ vũ trường đã được cấp giấy phép", END),
    F("Trong đó, hơn 11.400", "11.400", 11400, "count", "cơ sở",
      "cơ sở karaoke đang phải tạm dừng hoạt động do chưa đáp ứng điều kiện về phòng cháy, chữa cháy", I(END),
      approx="over", total=16842, percent=68),
    F("(2.135 cơ sở)", "2.135", 2135, "count", "cơ sở", "cơ sở karaoke", I(END), location="Hồ Chí Minh"),
    F("(1.876 cơ sở)", "1.876", 1876, "count", "cơ sở", "cơ sở karaoke", I(END), location="Hà Nội"),
    F("(1.052 cơ sở)", "1.052", 1052, "count", "cơ sở", "cơ sở karaoke", I(END), location="Nghệ An"),
    F("(968 cơ sở)", "968", 968, "count", "cơ sở", "cơ sở karaoke", I(END), location="Thanh Hóa"),
    F("(744 cơ sở)", "744", 744, "count", "cơ sở", "cơ sở karaoke", I(END), location="Đồng Nai"),
    F("cấp mới 1.247 giấy phép", "1.247", 1247, "count", "giấy phép", "giấy phép kinh doanh dịch vụ karaoke cấp mới", Y,
      change=CH("decrease", 38.6, "%", "năm 2022")),
    F("cấp điều chỉnh 312 giấy phép", "312", 312, "count", "giấy phép", "giấy phép cấp điều chỉnh", Y),
    F("thu hồi 894 giấy phép", "894", 894, "count", "giấy phép", "giấy phép thu hồi", Y),
    F("gấp 1,7 lần", "1,7", 1.7, "multiple", "lần", "số giấy phép bị thu hồi so với năm 2022",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("kiểm tra 9.615 lượt", "9.615", 9615, "count", "lượt cơ sở", "lượt cơ sở được lực lượng thanh tra văn hóa kiểm tra", I(Y)),
    F("xử phạt 2.318 cơ sở", "2.318", 2318, "count", "cơ sở", "cơ sở vi phạm bị xử phạt", I(Y)),
    F("gần 27,4 tỷ đồng", "27,4", 27_400_000_000, "money", "đồng", "tổng số tiền xử phạt", I(Y), approx="nearly"),
    F("xảy ra 21 vụ cháy", "21", 21, "count", "vụ cháy", "vụ cháy tại cơ sở karaoke, quán bar, vũ trường",
      P("trong 9 tháng cuối năm 2023", "2023-04-01", "2023-12-31")),
    F("làm 3 người chết", "3", 3, "count", "người", "người chết trong các vụ cháy",
      P("trong 9 tháng cuối năm 2023", "2023-04-01", "2023-12-31")),
    F("và 7 người bị thương", "7", 7, "count", "người", "người bị thương trong các vụ cháy",
      P("trong 9 tháng cuối năm 2023", "2023-04-01", "2023-12-31")),
    F("ít nhất 90%", "90", 90, "percent", "%", "cơ sở karaoke đang hoạt động được nghiệm thu về PCCC",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    F("trên 50%", "50", 50, "percent", "%", "hồ sơ cấp phép tiếp nhận trực tuyến",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]

if __name__ == "__main__":
    emit("p722-4", TEXT, COMMENTS, FIGS, published="2024-03-05", location="Việt Nam")
