from lib import F, P, I, CH, TG, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Tin hoạt động
Ngày đăng: 14/06/2024 | Lượt xem: 3.562

Năm 2023, cả nước tiếp nhận gần 1,86 triệu đơn vị máu

Nhân Ngày Quốc tế người hiến máu 14/6, Cục Quản lý Khám, chữa bệnh (Bộ Y tế) cho biết năm 2023 cả nước tiếp nhận 1.857.624 đơn vị máu, tăng 5,1% so với năm 2022; tỷ lệ người dân tham gia hiến máu đạt 1,86% dân số. Trong đó, máu từ người hiến tình nguyện chiếm 98,6%, phần còn lại do người nhà người bệnh hiến.

Năm trung tâm truyền máu khu vực tại Hà Nội, Huế, Cần Thơ và TP. Hồ Chí Minh tiếp nhận khoảng 62% lượng máu toàn quốc. Riêng Viện Huyết học - Truyền máu Trung ương tiếp nhận 412.350 đơn vị, cung cấp máu cho 178 bệnh viện tại 28 tỉnh, thành phố phía Bắc.

Các địa phương có tỷ lệ người dân hiến máu cao là Hà Nội (3,1%), Đà Nẵng (2,8%), Thừa Thiên Huế (2,6%) và Bắc Ninh (2,5%); một số tỉnh miền núi vẫn dưới 1%.

Theo Quyết định số 1440/QĐ-BYT, đến năm 2025 phấn đấu có 2% dân số tham gia hiến máu, mỗi năm tiếp nhận 2 triệu đơn vị máu; đến năm 2030 đạt 2,5% dân số, trong đó 60% người hiến máu nhắc lại. Nhu cầu máu của các bệnh viện hiện khoảng 2,3 triệu đơn vị/năm, tăng đều theo số giường bệnh.

Bộ Y tế đề nghị các địa phương duy trì Lễ hội Xuân hồng, Chủ nhật Đỏ, Hành trình Đỏ và các điểm hiến máu cố định. Thông tin chi tiết liên hệ Tổng đài 1900 9095.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "tỷ lệ người dân hiến máu"

FIGS = [
    F("gần 1,86 triệu đơn vị máu", "1,86", 1860000, "count", "đơn vị máu", approx="nearly",
      subject="đơn vị máu cả nước tiếp nhận", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("tiếp nhận 1.857.624 đơn vị máu", "1.857.624", 1857624, "count", "đơn vị máu",
      change=CH("increase", 5.1, baseline="năm 2022"), subject="đơn vị máu cả nước tiếp nhận", period=Y23),
    F("đạt 1,86% dân số", "1,86", 1.86, "percent", "%", subject="tỷ lệ người dân tham gia hiến máu", period=Y23),
    F("chiếm 98,6%", "98,6", 98.6, "percent", "%", subject="máu từ người hiến tình nguyện", period=I(Y23)),
    F("Năm trung tâm", "Năm", 5, "count", "trung tâm truyền máu khu vực", subject="trung tâm truyền máu khu vực"),
    F("khoảng 62%", "62", 62, "percent", "%", approx="about",
      subject="lượng máu toàn quốc do năm trung tâm truyền máu khu vực tiếp nhận", period=I(Y23)),
    F("tiếp nhận 412.350 đơn vị", "412.350", 412350, "count", "đơn vị",
      subject="đơn vị máu Viện Huyết học - Truyền máu Trung ương tiếp nhận", period=I(Y23)),
    F("cho 178 bệnh viện", "178", 178, "count", "bệnh viện",
      subject="bệnh viện được Viện Huyết học - Truyền máu Trung ương cung cấp máu"),
    F("tại 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", subject="tỉnh, thành phố phía Bắc được cung cấp máu"),
    F("Hà Nội (3,1%)", "3,1", 3.1, "percent", "%", subject=LIST, location="Hà Nội"),
    F("Đà Nẵng (2,8%)", "2,8", 2.8, "percent", "%", subject=LIST, location="Đà Nẵng"),
    F("Huế (2,6%)", "2,6", 2.6, "percent", "%", subject=LIST, location="Thừa Thiên Huế"),
    F("Bắc Ninh (2,5%)", "2,5", 2.5, "percent", "%", subject=LIST, location="Bắc Ninh"),
    F("vẫn dưới 1%", "1", 1, "percent", "%", approx="under", subject=LIST + " ở một số tỉnh miền núi"),
    F("có 2% dân số", "2", 2, "percent", "%", status="target", subject="tỷ lệ dân số tham gia hiến máu", period=T25),
    F("tiếp nhận 2 triệu đơn vị máu", "2", 2000000, "count", "đơn vị máu", status="target",
      subject="đơn vị máu tiếp nhận mỗi năm", period=T25),
    F("đạt 2,5% dân số", "2,5", 2.5, "percent", "%", status="target", subject="tỷ lệ dân số tham gia hiến máu",
      period=T30),
    F("trong đó 60% người", "60", 60, "percent", "%", status="target", subject="người hiến máu nhắc lại",
      period=T30),
    F("khoảng 2,3 triệu đơn vị/năm", "2,3", 2300000, "measure", "đơn vị/năm", approx="about",
      subject="nhu cầu máu của các bệnh viện"),
]

COMMENTS = [
    "Probe 574-4: Bộ Y tế portal ('Ngày đăng: … | Lượt xem: …'): national blood collection 2023, regional centres, provinces, targets.",
    "'Năm trung tâm' is the word number 5 at the start of a sentence (not the word 'năm' = year). Cities after the national count",
    "of centres do not make it local (Việt Nam). Province list items are percent figures with their place as location.",
    "Targets 'đến năm 2025/2030' end that year (start null); '2,3 triệu đơn vị/năm' is a rate: measure with '/năm' in the unit.",
    "Distractors: Ngày Quốc tế người hiến máu 14/6, Quyết định số 1440/QĐ-BYT, Tổng đài 1900 9095, Lượt xem: 3.562.",
]

if __name__ == "__main__":
    emit("p574-4", TEXT, COMMENTS, FIGS, published="2024-06-14", location="Việt Nam")
