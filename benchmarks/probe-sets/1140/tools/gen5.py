"""p1140-5: Party newspaper (Báo Đồng Tháp): a care home for mentally ill people in huyện Cao Lãnh; provincial figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Đồng Tháp > Xã hội

Mái ấm của những người bệnh tâm thần

Cơ sở Điều dưỡng người tâm thần tỉnh Đồng Tháp nằm bên Quốc lộ 30, xã Mỹ Xương, huyện Cao Lãnh, hiện nuôi dưỡng 186 người bệnh, trong đó có 74 người là nữ. Người lớn tuổi nhất năm nay 78 tuổi, người nhỏ nhất mới 19 tuổi; nhiều người đã gắn bó với cơ sở hơn 20 năm.

Cơ sở có 35 viên chức, người lao động nhưng chỉ có một bác sĩ chuyên khoa tâm thần và 6 điều dưỡng. Mỗi hộ lý trong ca trực chăm sóc từ 8 đến 10 người bệnh. Năm 2024, kinh phí nuôi dưỡng được cấp 9,6 tỷ đồng; mức trợ cấp tiền ăn 1,8 triệu đồng/người/tháng, tăng 300.000 đồng so với năm 2023. Theo kế hoạch, giai đoạn 2025-2030 cơ sở dự kiến được đầu tư khoảng 45 tỷ đồng để nâng quy mô lên 250 giường.

"Có người vào đây từ năm 2001, gia đình không còn ai đến thăm. Anh em chúng tôi coi họ như người thân", ông Lê Văn Tâm, Giám đốc cơ sở chia sẻ.

Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh hiện có 3.940 người tâm thần đang hưởng trợ cấp xã hội tại cộng đồng, chiếm gần 9% tổng số đối tượng bảo trợ xã hội. 9 tháng năm 2024, Bệnh viện Tâm thần tỉnh khám, điều trị ngoại trú cho 21.500 lượt người, tăng 6,2% so với cùng kỳ; tỷ lệ người bệnh tâm thần phân liệt tái phát giảm còn 8,5%.

MINH TRÍ
15/10/2024
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
P2530 = per("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
CL = "Cao Lãnh"

FIGS = [
    fig("nuôi dưỡng 186 người", "186", 186, "count", "người bệnh", location=CL,
        subject="người bệnh được Cơ sở Điều dưỡng người tâm thần nuôi dưỡng"),
    fig("có 74 người", "74", 74, "count", "người", total=186, location=CL,
        subject="người bệnh nữ được nuôi dưỡng"),
    fig("nay 78 tuổi", "78", 78, "measure", "tuổi", location=CL, optional=True,
        subject="tuổi người bệnh lớn tuổi nhất"),
    fig("mới 19 tuổi", "19", 19, "measure", "tuổi", location=CL, optional=True,
        subject="tuổi người bệnh nhỏ nhất"),
    fig("hơn 20 năm", "20", 20, "measure", "năm", approx="over", location=CL, optional=True,
        subject="thời gian gắn bó với cơ sở"),
    fig("có 35 viên chức", "35", 35, "count", "viên chức, người lao động", location=CL,
        subject="viên chức, người lao động của cơ sở"),
    fig("có một bác sĩ", "một", 1, "count", "bác sĩ", location=CL,
        subject="bác sĩ chuyên khoa tâm thần của cơ sở"),
    fig("6 điều dưỡng", "6", 6, "count", "điều dưỡng", location=CL, subject="điều dưỡng của cơ sở"),
    fig("từ 8 đến 10", "8", 8, "measure", "người bệnh/hộ lý", value_max=10, location=CL,
        subject="người bệnh mỗi hộ lý chăm sóc trong ca trực"),
    fig("cấp 9,6 tỷ", "9,6", 9600000000, "money", "đồng", location=CL,
        subject="kinh phí nuôi dưỡng được cấp", period=Y24),
    fig("ăn 1,8 triệu", "1,8", 1800000, "money", "đồng/người/tháng", location=CL,
        change=chg("increase", 300000, "đồng", "năm 2023"),
        subject="mức trợ cấp tiền ăn", period=Y24),
    fig("khoảng 45 tỷ", "45", 45000000000, "money", "đồng", approx="about", status="forecast", location=CL,
        subject="vốn đầu tư nâng cấp cơ sở", period=P2530),
    fig("lên 250 giường", "250", 250, "count", "giường", status="forecast", location=CL,
        subject="quy mô giường của cơ sở sau nâng cấp", period=P2530),
    fig("có 3.940 người", "3.940", 3940, "count", "người tâm thần", percent=9,
        subject="người tâm thần đang hưởng trợ cấp xã hội tại cộng đồng"),
    fig("cho 21.500 lượt", "21.500", 21500, "count", "lượt người",
        change=chg("increase", 6.2, "%", "cùng kỳ"),
        subject="lượt người khám, điều trị ngoại trú tại Bệnh viện Tâm thần tỉnh", period=M9),
    fig("còn 8,5%", "8,5", 8.5, "percent", "%",
        subject="tỷ lệ người bệnh tâm thần phân liệt tái phát", period=M9),
]

NOTES = [
    "Party newspaper (Báo Đồng Tháp): byline 'MINH TRÍ' and bare date '15/10/2024' at the end (published).",
    "The care home stands in xã Mỹ Xương, huyện Cao Lãnh: its figures (also in the following sentences) are located in Cao Lãnh;",
    "the provincial paragraph ('toàn tỉnh', 'Bệnh viện Tâm thần tỉnh') is Đồng Tháp. Ages and 'hơn 20 năm' are optional.",
    "Distractors: 'Quốc lộ 30', 'từ năm 2001' (in a quote), the dateline. 'Mỗi hộ lý … từ 8 đến 10 người bệnh' is a rate (người bệnh/hộ lý).",
    "'giảm còn 8,5%' gives the level, not a change value: a percent figure without change. 'tăng 300.000 đồng so với năm 2023' is the change of 1,8 triệu.",
    "'dự kiến' governs 45 tỷ and 250 giường (forecast).",
]

if __name__ == "__main__":
    write("p1140-5", TEXT, NOTES, FIGS, published="2024-10-15", location="Đồng Tháp")
