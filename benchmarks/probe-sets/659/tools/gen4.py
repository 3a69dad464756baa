"""p659-4: Bộ Quốc phòng portal — Bộ đội Biên phòng tổng kết năm 2023 (national)."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ BỘ QUỐC PHÒNG
Trang chủ > Tin tức > Quốc phòng toàn dân
Ngày đăng: 06/01/2024 | Lượt xem: 2.105

Bộ đội Biên phòng bắt giữ 1.218 vụ phạm tội về ma túy trong năm 2023

Ngày 5/1/2024, tại Hà Nội, Bộ Tư lệnh Bộ đội Biên phòng tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, Bộ đội Biên phòng các tỉnh, thành phố đã chủ trì, phối hợp bắt giữ 1.218 vụ, 1.865 đối tượng phạm tội về ma túy, tăng 12,6% số vụ so với năm 2022; thu giữ hơn 520 kg heroin, gần 4,7 tấn ma túy tổng hợp dạng đá và 1,65 triệu viên ma túy tổng hợp. Các địa bàn trọng điểm là Nghệ An (186 vụ), Sơn La (154 vụ), Điện Biên (131 vụ) và Quảng Trị (97 vụ).

Về chống buôn lậu, toàn lực lượng phát hiện, bắt giữ 2.964 vụ buôn lậu, gian lận thương mại, trị giá hàng hóa ước khoảng 1.352,7 tỷ đồng; chuyển cơ quan điều tra khởi tố 176 vụ. Lực lượng biên phòng cũng phát hiện 8.517 người xuất cảnh, nhập cảnh trái phép, trong đó 6.230 người nhập cảnh trái phép từ Campuchia và Lào; giải cứu 193 nạn nhân bị mua bán người.

Trên biển, các hải đoàn, hải đội biên phòng thực hiện 1.460 lượt tàu tuần tra, kiểm soát, tăng 9% so với năm trước; kiểm tra hơn 1,2 triệu lượt phương tiện ra, vào các cửa khẩu, cảng biển. Toàn lực lượng đã phối hợp tìm kiếm, cứu nạn 1.024 người và 137 phương tiện gặp nạn.

Năm 2024, Bộ Tư lệnh Bộ đội Biên phòng đặt mục tiêu tăng từ 5 đến 7% số vụ ma túy bắt giữ so với năm 2023; phấn đấu 100% đồn biên phòng tham gia chương trình "Nâng bước em tới trường".

Địa chỉ: số 7 Nguyễn Tri Phương, Ba Đình, Hà Nội
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
DRUG = "vụ phạm tội về ma túy bắt giữ"

FIGS = [
    F("bắt giữ 1.218 vụ phạm tội", "1.218", 1218, "count", "vụ", DRUG,
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("bắt giữ 1.218 vụ, 1.865", "1.218", 1218, "count", "vụ", DRUG, Y23,
      change=CH("increase", 12.6, "%", "năm 2022")),
    F("1.865 đối tượng", "1.865", 1865, "count", "đối tượng", "đối tượng phạm tội về ma túy bị bắt giữ", Y23),
    F("hơn 520 kg", "520", 520, "measure", "kg", "heroin thu giữ", Y23, approx="over"),
    F("gần 4,7 tấn", "4,7", 4.7, "measure", "tấn", "ma túy tổng hợp dạng đá thu giữ", Y23, approx="nearly"),
    F("1,65 triệu viên", "1,65", 1.65e6, "count", "viên", "ma túy tổng hợp thu giữ", Y23),
    F("Nghệ An (186 vụ)", "186", 186, "count", "vụ", DRUG, I(Y23), location="Nghệ An"),
    F("Sơn La (154 vụ)", "154", 154, "count", "vụ", DRUG, I(Y23), location="Sơn La"),
    F("Điện Biên (131 vụ)", "131", 131, "count", "vụ", DRUG, I(Y23), location="Điện Biên"),
    F("Quảng Trị (97 vụ)", "97", 97, "count", "vụ", DRUG, I(Y23), location="Quảng Trị"),
    F("bắt giữ 2.964 vụ", "2.964", 2964, "count", "vụ", "vụ buôn lậu, gian lận thương mại bị bắt giữ", I(Y23)),
    F("ước khoảng 1.352,7 tỷ đồng", "1.352,7", 1.3527e12, "money", "đồng", "trị giá hàng hóa vi phạm", I(Y23),
      approx="about", status="estimate"),
    F("khởi tố 176 vụ", "176", 176, "count", "vụ", "vụ chuyển cơ quan điều tra khởi tố", I(Y23)),
    F("phát hiện 8.517 người", "8.517", 8517, "count", "người", "người xuất cảnh, nhập cảnh trái phép bị phát hiện", I(Y23)),
    F("6.230 người", "6.230", 6230, "count", "người", "người nhập cảnh trái phép từ Campuchia và Lào", I(Y23),
      total=8517),
    F("giải cứu 193 nạn nhân", "193", 193, "count", "nạn nhân", "nạn nhân bị mua bán người được giải cứu", I(Y23)),
    F("1.460 lượt tàu", "1.460", 1460, "count", "lượt tàu", "lượt tàu tuần tra, kiểm soát trên biển", I(Y23),
      change=CH("increase", 9, "%", "năm trước")),
    F("hơn 1,2 triệu lượt", "1,2", 1.2e6, "count", "lượt phương tiện",
      "lượt phương tiện ra, vào các cửa khẩu, cảng biển được kiểm tra", I(Y23), approx="over"),
    F("cứu nạn 1.024 người", "1.024", 1024, "count", "người", "người gặp nạn được tìm kiếm, cứu nạn", I(Y23)),
    F("137 phương tiện", "137", 137, "count", "phương tiện", "phương tiện gặp nạn được tìm kiếm, cứu nạn", I(Y23)),
    F("từ 5 đến 7%", "5", 5, "percent", "%", "tăng số vụ ma túy bắt giữ so với năm 2023", Y24,
      value_max=7, status="target"),
    F("100% đồn biên phòng", "100", 100, "percent", "%",
      "đồn biên phòng tham gia chương trình \"Nâng bước em tới trường\"", Y24, status="target"),
]

COMMENTS = [
    "Bộ Quốc phòng portal: Bộ Tư lệnh BĐBP tổng kết năm 2023 — national drug, smuggling, illegal entry, sea patrol and rescue totals.",
    "National figures: location Việt Nam; the four provinces in the bracketed list are the items' locations (no total: no cue, 568 ≠ 1.218).",
    "'tăng 12,6% số vụ' belongs to 1.218 vụ, not to the nearer 1.865 đối tượng. 'ước khoảng' governs its own clause only.",
    "2024 targets: a rate range that is the claim (5–7%) is a percent figure without change. Distractors: Ngày 5/1/2024, Lượt xem,",
    "số 7 Nguyễn Tri Phương.",
]

if __name__ == "__main__":
    emit("p659-4", TEXT, COMMENTS, FIGS, published="2024-01-06", location="Việt Nam")
