"""p528-6: national press (VnExpress-style dateline) — khiếu nại của người tiêu dùng năm 2023, Ủy ban Cạnh tranh Quốc gia."""
from lib import F, P, INH, CH, emit

TEXT = """Kinh doanh › Tiêu dùng
Thứ hai, 15/1/2024, 07:00 (GMT+7)

Gần 8.800 lượt người tiêu dùng cần hỗ trợ, khiếu nại trong năm 2023

Lượng yêu cầu gửi tới tổng đài tư vấn người tiêu dùng năm qua tăng hơn 12%, nhiều nhất là về thương mại điện tử.

Theo Ủy ban Cạnh tranh Quốc gia (Bộ Công Thương), năm 2023 cơ quan này tiếp nhận 8.746 lượt yêu cầu tư vấn, hỗ trợ và khiếu nại của người tiêu dùng qua tổng đài 1800.6838, tăng 12,4% so với năm 2022. Trong đó, lĩnh vực thương mại điện tử chiếm 37,5%, thực phẩm và thực phẩm chức năng chiếm 18,2%, dịch vụ tài chính - ngân hàng 11,6%.

Xét theo địa phương, người tiêu dùng tại Hà Nội và TP Hồ Chí Minh gửi yêu cầu nhiều nhất, lần lượt 2.314 và 1.986 lượt. Khoảng 71% vụ việc được giải quyết thành công thông qua thương lượng, hòa giải.

Hội Bảo vệ người tiêu dùng các tỉnh, thành phố giải quyết thành công 1.287/1.532 đơn khiếu nại (đạt 84%), giúp người tiêu dùng được bồi hoàn, đổi trả hàng hóa trị giá hơn 3,2 tỷ đồng.

Cũng trong năm, Ủy ban xử phạt 14 doanh nghiệp vi phạm pháp luật về bảo vệ quyền lợi người tiêu dùng với tổng số tiền 1,95 tỷ đồng; mức phạt cao nhất với một doanh nghiệp là 300 triệu đồng. Cơ quan này cũng giám sát 46 chương trình thu hồi sản phẩm khuyết tật với hơn 62.000 sản phẩm, chủ yếu là ô tô, xe máy.

Luật Bảo vệ quyền lợi người tiêu dùng năm 2023 có hiệu lực từ ngày 1/7/2024. Năm 2024, Bộ Công Thương đặt mục tiêu 100% tỉnh, thành phố có đầu mối tiếp nhận phản ánh trực tuyến của người tiêu dùng, tỷ lệ vụ việc được giải quyết đạt từ 75 đến 80%.

Anh Minh
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("Gần 8.800 lượt", "8.800", 8800, "count", "lượt", "lượt người tiêu dùng cần hỗ trợ, khiếu nại",
      P("trong năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("tăng hơn 12%", "12", 12, "percent", "%", "lượng yêu cầu gửi tới tổng đài tư vấn người tiêu dùng", approx="over"),
    F("tiếp nhận 8.746 lượt", "8.746", 8746, "count", "lượt",
      "lượt yêu cầu tư vấn, hỗ trợ và khiếu nại của người tiêu dùng", Y23,
      change=CH("increase", 12.4, "%", "năm 2022")),
    F("chiếm 37,5%", "37,5", 37.5, "percent", "%", "tỷ lệ yêu cầu thuộc lĩnh vực thương mại điện tử", INH(Y23)),
    F("chiếm 18,2%", "18,2", 18.2, "percent", "%", "tỷ lệ yêu cầu thuộc lĩnh vực thực phẩm và thực phẩm chức năng", INH(Y23)),
    F("hàng 11,6%", "11,6", 11.6, "percent", "%", "tỷ lệ yêu cầu thuộc lĩnh vực dịch vụ tài chính - ngân hàng", INH(Y23)),
    F("lượt 2.314", "2.314", 2314, "count", "lượt", "lượt yêu cầu của người tiêu dùng", INH(Y23), location="Hà Nội"),
    F("1.986 lượt", "1.986", 1986, "count", "lượt", "lượt yêu cầu của người tiêu dùng", INH(Y23), location="Hồ Chí Minh"),
    F("Khoảng 71%", "71", 71, "percent", "%", "tỷ lệ vụ việc được giải quyết thành công thông qua thương lượng, hòa giải",
      INH(Y23), approx="about"),
    F("1.287/1.532 đơn", "1.287", 1287, "count", "đơn khiếu nại",
      "đơn khiếu nại Hội Bảo vệ người tiêu dùng các tỉnh, thành phố giải quyết thành công", INH(Y23),
      total=1532, percent=84),
    F("hơn 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", "trị giá hàng hóa được bồi hoàn, đổi trả", INH(Y23), approx="over"),
    F("phạt 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
      "doanh nghiệp vi phạm pháp luật về bảo vệ quyền lợi người tiêu dùng bị xử phạt", INH(Y23)),
    F("tiền 1,95 tỷ", "1,95", 1.95e9, "money", "đồng", "tổng số tiền xử phạt", INH(Y23)),
    F("là 300 triệu", "300", 300e6, "money", "đồng", "mức phạt cao nhất với một doanh nghiệp", INH(Y23)),
    F("sát 46 chương trình", "46", 46, "count", "chương trình", "chương trình thu hồi sản phẩm khuyết tật", INH(Y23)),
    F("hơn 62.000 sản phẩm", "62.000", 62000, "count", "sản phẩm", "sản phẩm khuyết tật bị thu hồi", INH(Y23),
      approx="over"),
    F("tiêu 100%", "100", 100, "percent", "%",
      "tỷ lệ tỉnh, thành phố có đầu mối tiếp nhận phản ánh trực tuyến của người tiêu dùng", Y24, status="target"),
    F("từ 75 đến 80%", "75", 75, "percent", "%", "tỷ lệ vụ việc được giải quyết", Y24, value_max=80, status="target"),
]

COMMENTS = [
    "National press (VnExpress-style): khiếu nại, yêu cầu hỗ trợ của người tiêu dùng năm 2023 (Ủy ban Cạnh tranh Quốc gia, Bộ Công Thương).",
    "'Thứ hai, 15/1/2024, 07:00 (GMT+7)' is the dateline. Not figures: the hotline '1800.6838', 'Luật … năm 2023', 'ngày 1/7/2024'.",
    "The sapo's 'tăng hơn 12%' has no base amount in its sentence: a percent figure of its own (over). The headline 'Gần 8.800' restates 8.746.",
    "The sector shares after 'Trong đó' are percents (no total: a percent has no whole in lượt). 'lần lượt 2.314 và 1.986 lượt':",
    "subject = the list's indicator, location = Hà Nội / Hồ Chí Minh. '1.287/1.532 đơn' → total 1.532 (an attribute only) and percent 84.",
    "'Cũng trong năm' carries 2023 (inherited). 'Năm 2024 … đặt mục tiêu' → targets, the last one a range 75–80%.",
]

if __name__ == "__main__":
    emit("p528-6", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Việt Nam")
