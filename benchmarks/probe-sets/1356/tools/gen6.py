"""p1356-6: national newspaper: electricity bills and hospital load after the May 2024 heat (Hà Nội, TP HCM)."""
from lib import fig, per, inh, chg, write

TEXT = """Thứ tư, 5/6/2024, 07:30 (GMT+7)

Hóa đơn tiền điện tăng vọt sau đợt nắng nóng

Nhiều hộ gia đình ở các đô thị lớn nhận hóa đơn tiền điện kỳ tháng 5 cao gấp 1,5-2 lần tháng trước do dùng điều hòa gần như cả ngày.

Chị Nguyễn Thu Hà, ở phường Định Công, quận Hoàng Mai (Hà Nội), cho biết hóa đơn tháng 5 của gia đình là 2,36 triệu đồng, trong khi tháng 4 chỉ khoảng 1,2 triệu đồng. "Nhà có hai điều hòa, bật gần như cả ngày lẫn đêm vì trời quá nóng", chị Hà nói.

Theo Tổng công ty Điện lực TP Hà Nội (EVNHANOI), sản lượng điện tiêu thụ của thành phố trong tháng 5 đạt 2,43 tỷ kWh, tăng 18,2% so với cùng kỳ; riêng khách hàng sinh hoạt tăng gần 30%. Ngày 28/5, công suất cực đại của lưới điện Hà Nội đạt 5.324 MW, lập kỷ lục mới.

Tại TP HCM, điện tiêu thụ bình quân trong tháng 5 là 89,1 triệu kWh/ngày, tăng 11,4% so với cùng kỳ. Trong đó, nhóm khách hàng sinh hoạt chiếm 38%.

Theo biểu giá bán lẻ điện hiện hành, giá điện sinh hoạt chia thành 6 bậc; giá bậc 1 là 1.806 đồng/kWh, còn bậc 6 là 3.151 đồng/kWh, cao gấp 1,74 lần. Do đó, khi lượng điện dùng tăng mạnh, phần vượt lên các bậc cao khiến tiền điện tăng nhanh hơn sản lượng.

Bác sĩ Lê Văn Tuấn, Trung tâm Cấp cứu A9, Bệnh viện Bạch Mai (Hà Nội), cho biết trong tháng 5, trung tâm tiếp nhận khoảng 250 bệnh nhân mỗi ngày, tăng khoảng 15% so với bình thường, nhiều ca sốc nhiệt, đột quỵ. Theo ông, người dân nên để điều hòa chênh lệch với nhiệt độ ngoài trời vừa phải, không ra nắng ngay sau khi ở phòng lạnh.

Thanh Lam
"""

MAY = per("tháng 5", "2024-05-01", "2024-05-31")
MAYk = per("kỳ tháng 5", "2024-05-01", "2024-05-31")
MAYt = per("trong tháng 5", "2024-05-01", "2024-05-31")
APR = per("tháng 4", "2024-04-01", "2024-04-30")
D28 = per("Ngày 28/5", "2024-05-28", "2024-05-28")
HM = "Hoàng Mai"
HN = "Hà Nội"
HCM = "TP Hồ Chí Minh"

FIGS = [
    fig("gấp 1,5-2 lần", "1,5", 1.5, "multiple", "lần", value_max=2,
        subject="hóa đơn tiền điện so với tháng trước", period=MAYk),
    fig("là 2,36 triệu", "2,36", 2.36e6, "money", "đồng", subject="hóa đơn tiền điện của gia đình",
        period=MAY, location=HM),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng", approx="about",
        subject="hóa đơn tiền điện của gia đình", period=APR, location=HM),
    fig("có hai điều hòa", "hai", 2, "count", "điều hòa", subject="điều hòa trong nhà", location=HM),
    fig("đạt 2,43 tỷ", "2,43", 2.43e9, "measure", "kWh", change=chg("increase", 18.2, "%", "cùng kỳ"),
        subject="sản lượng điện tiêu thụ của thành phố", period=MAYt, location=HN),
    fig("tăng gần 30%", "30", 30, "percent", "%", approx="nearly",
        subject="điện tiêu thụ của khách hàng sinh hoạt", period=MAYt, location=HN),
    fig("đạt 5.324 MW", "5.324", 5324, "measure", "MW", subject="công suất cực đại của lưới điện Hà Nội",
        period=D28, location=HN),
    fig("là 89,1 triệu", "89,1", 89.1e6, "measure", "kWh/ngày", change=chg("increase", 11.4, "%", "cùng kỳ"),
        subject="điện tiêu thụ bình quân", period=MAYt, location=HCM),
    fig("chiếm 38%", "38", 38, "percent", "%", subject="nhóm khách hàng sinh hoạt trong điện tiêu thụ",
        period=inh(MAYt), location=HCM),
    fig("thành 6 bậc", "6", 6, "count", "bậc", subject="bậc giá điện sinh hoạt"),
    fig("là 1.806 đồng", "1.806", 1806, "money", "đồng/kWh", subject="giá bậc 1"),
    fig("là 3.151 đồng", "3.151", 3151, "money", "đồng/kWh", change=chg("increase", 1.74, "lần"),
        subject="giá bậc 6"),
    fig("khoảng 250 bệnh nhân", "250", 250, "measure", "bệnh nhân/ngày", approx="about",
        change=chg("increase", 15, "%", "bình thường", approx="about"),
        subject="bệnh nhân Trung tâm Cấp cứu A9 tiếp nhận mỗi ngày", period=MAYt, location=HN),
]

NOTES = [
    "National newspaper: electricity bills and hospital load after the May 2024 heat; 'Thứ tư, 5/6/2024, 07:30 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 07:30, (GMT+7), 'Ngày 28/5', 'bậc 1', 'bậc 6' (tier labels), 'Trung tâm Cấp cứu A9' (a name), 'EVNHANOI'.",
    "Sapo 'cao gấp 1,5-2 lần tháng trước' is a multiple standing alone as the claim (no base amount): kind multiple, range.",
    "'gấp 1,74 lần' after 3.151 đồng/kWh is its change (against bậc 1, no baseline phrase). The tariff and the 6 tiers are national: location Việt Nam.",
    "Chị Hà's bills: location Hoàng Mai (quận). 'riêng khách hàng sinh hoạt tăng gần 30%' is a growth rate as the claim: percent, no change.",
    "'Trong đó, nhóm khách hàng sinh hoạt chiếm 38%' is a percent figure of its own (FIGURES.md: a share standing as the claim); period inherited.",
    "'Bệnh viện Bạch Mai (Hà Nội)': location Hà Nội; 'khoảng 250 bệnh nhân mỗi ngày' is a rate (bệnh nhân/ngày).",
]

if __name__ == "__main__":
    write("p1356-6", TEXT, NOTES, FIGS, published="2024-06-05", location="Việt Nam")
