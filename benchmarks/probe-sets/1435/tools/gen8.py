"""p1435-8: radio/TV site (Đài PT-TH Nghệ An): tattoos and military call-up, free tattoo removal by the provincial Youth Union."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Thời sự | Kinh tế | Xã hội | Quốc phòng - An ninh | Video

Xóa xăm giúp thanh niên yên tâm lên đường nhập ngũ

Thứ Hai, 20/01/2025 - 19:45

Năm 2025, chỉ tiêu giao quân của Nghệ An là 4.200 công dân, tăng 150 người so với năm 2024. Qua sơ tuyển, ngành y tế đã khám sức khỏe cho hơn 12.300 thanh niên, có 418 trường hợp có hình xăm lớn, phản cảm, chiếm khoảng 3,4% số người được khám.

Năm 2024, Nghệ An giao 4.050 công dân nhập ngũ, vượt 1,2% chỉ tiêu, đứng thứ 2 cả nước về số lượng công dân nhập ngũ. Tỷ lệ thanh niên bị loại do hình xăm năm 2024 là 4,2%, giảm 0,9 điểm phần trăm so với năm 2023.

Từ tháng 10/2024 đến nay, Tỉnh Đoàn phối hợp Bệnh viện Da liễu tỉnh và 3 phòng khám tư nhân xóa xăm miễn phí cho 236 thanh niên, trong đó có ba chục thanh niên thuộc hộ nghèo ở các huyện miền núi Kỳ Sơn, Tương Dương. Tổng kinh phí khoảng 690 triệu đồng, bình quân gần 3 triệu đồng/người.

Anh Lô Văn Minh ở xã Mường Xén, huyện Kỳ Sơn cho biết, sau 4 lần điều trị, hình xăm trên cánh tay anh đã mờ gần hết. "Tôi rất vui vì được khám tuyển như mọi người", anh Minh chia sẻ.

Mục tiêu năm 2025, Tỉnh Đoàn phấn đấu xóa xăm miễn phí cho ít nhất 500 thanh niên; dự kiến huy động 1,2 tỷ đồng từ các nhà tài trợ. Theo Quyết định số 1523/QĐ-UBND, ngày hội giao nhận quân được tổ chức vào ngày 14/2.

Bản tin: Thời sự 19h45 | Lượt xem: 2.305
"""

Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
SINCE = per("Từ tháng 10/2024 đến nay", "2024-10-01", "2025-01-20")
T25 = per("Mục tiêu năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("là 4.200 công dân", "4.200", 4200, "count", "công dân", status="target",
        change=chg("increase", 150, "người", "năm 2024"), subject="chỉ tiêu giao quân", period=Y25),
    fig("hơn 12.300 thanh niên", "12.300", 12300, "count", "thanh niên", approx="over",
        subject="thanh niên được khám sức khỏe", period=inh(Y25)),
    fig("có 418 trường hợp", "418", 418, "count", "trường hợp", percent=3.4,
        subject="trường hợp có hình xăm lớn, phản cảm", period=inh(Y25)),
    fig("giao 4.050 công dân", "4.050", 4050, "count", "công dân",
        change=chg("increase", 1.2, "%", "chỉ tiêu"), subject="công dân nhập ngũ", period=Y24),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="số lượng công dân nhập ngũ", period=Y24),
    fig("là 4,2%", "4,2", 4.2, "percent", "%", change=chg("decrease", 0.9, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ thanh niên bị loại do hình xăm", period=Y24b),
    fig("và 3 phòng khám", "3", 3, "count", "phòng khám tư nhân",
        subject="phòng khám tư nhân phối hợp xóa xăm miễn phí", period=SINCE),
    fig("cho 236 thanh niên", "236", 236, "count", "thanh niên",
        subject="thanh niên được xóa xăm miễn phí", period=SINCE),
    fig("có ba chục thanh niên", "ba chục", 30, "count", "thanh niên", total=236,
        subject="thanh niên thuộc hộ nghèo được xóa xăm miễn phí", period=SINCE),
    fig("khoảng 690 triệu", "690", 690e6, "money", "đồng", approx="about",
        subject="tổng kinh phí xóa xăm miễn phí", period=inh(SINCE)),
    fig("gần 3 triệu", "3", 3e6, "money", "đồng/người", approx="nearly",
        subject="kinh phí xóa xăm bình quân", period=inh(SINCE)),
    fig("sau 4 lần", "4", 4, "count", "lần điều trị", subject="lần điều trị của anh Lô Văn Minh",
        location="Kỳ Sơn"),
    fig("ít nhất 500 thanh niên", "500", 500, "count", "thanh niên", approx="at_least", status="target",
        subject="thanh niên được xóa xăm miễn phí", period=T25),
    fig("huy động 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", status="forecast",
        subject="kinh phí huy động từ các nhà tài trợ", period=T25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Nghệ An): menu, 'Thứ Hai, 20/01/2025 - 19:45', footer 'Bản tin: Thời sự 19h45 | Lượt xem: 2.305'.",
    "Distractors: 19:45, 19h45, 'Lượt xem: 2.305', Quyết định số 1523/QĐ-UBND, 'ngày 14/2', 'xã Mường Xén'.",
    "'chỉ tiêu giao quân ... là 4.200 công dân' → target; 'tăng 150 người so với năm 2024' → change in người.",
    "'vượt 1,2% chỉ tiêu' → change +1,2% with baseline chỉ tiêu. 'đứng thứ 2 cả nước' → rank of Nghệ An (location Nghệ An).",
    "'4,2%, giảm 0,9 điểm phần trăm so với năm 2023' → a percent level with a change in điểm phần trăm.",
    "'ba chục' = 30 after 'trong đó' → total 236; it spans two districts (Kỳ Sơn, Tương Dương) so the place stays Nghệ An.",
    "'Từ tháng 10/2024 đến nay' ends at the dateline. Anh Minh of huyện Kỳ Sơn: his 4 sessions → Kỳ Sơn.",
    "'Mục tiêu năm 2025, ... phấn đấu ... ít nhất 500' → target; '; dự kiến huy động 1,2 tỷ' → forecast (own cue).",
]

if __name__ == "__main__":
    write("p1435-8", TEXT, NOTES, FIGS, published="2025-01-20", location="Nghệ An")
